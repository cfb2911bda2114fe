/**
 * Compact encoding of the bundled notices (generated into `notices-data.ts` by scripts/generate-data.ts), so that
 * `import { isWorkingDay }` stays within its size budget. The readable source is data/notices.source.json.
 *
 * Per notice: `[id, year, number, published, url, verified, amends, title]` (`amends`/`title` empty when absent; an
 * empty title of a base notice stands for "国务院办公厅关于{year}年部分节假日安排的通知"), and one line of breaks
 * separated by `;`, each `festivals,from,length[,makeup[,statutory[,zh[,en]]]]` where `festivals` are one-letter
 * codes, `from` is base-36 days since 2000-01-01, `length` base 36, and `makeup`/`statutory` are `.`-separated
 * base-36 offsets from `from` (negative for days before it).
 */
import type { HolidayBreakData, HolidayNoticeData } from "../holiday-notice";
import { formatIsoDate } from "./civil-date";

/** One-letter codes of the festivals. */
export const FESTIVAL_CODES: Readonly<Record<string, string>> = {
  n: "new-year",
  s: "spring-festival",
  q: "qingming",
  l: "labour-day",
  d: "dragon-boat",
  m: "mid-autumn",
  N: "national-day",
  v: "victory-day",
};

/** Epoch day of 2000-01-01 (checked in civil-date.test.ts). */
export const CODEC_BASE = 10957;

/** The packed notice table. */
export type PackedNotice = readonly [string, number, string, string, string, 0 | 1, string, string];

/** Decodes the packed notices. */
export function decodeNotices(notices: readonly PackedNotice[], breaks: string): HolidayNoticeData[] {
  const lines = breaks.split("\n");
  return notices.map(([id, year, number, published, url, verified, amends, title], i) => {
    const list: HolidayBreakData[] = (lines[i] ?? "")
      .split(";")
      .filter((s) => s !== "")
      .map((s) => {
        const [codes = "", from36 = "0", len36 = "0", mk = "", st = "", zh = "", en = ""] = s.split(",");
        const from = CODEC_BASE + Number.parseInt(from36, 36);
        const offsets = (v: string) =>
          v === "" ? [] : v.split(".").map((o) => formatIsoDate(from + Number.parseInt(o, 36)));
        const b: { -readonly [K in keyof HolidayBreakData]: HolidayBreakData[K] } = {
          festivals: [...codes].map((c) => FESTIVAL_CODES[c] ?? c),
          from: formatIsoDate(from),
          to: formatIsoDate(from + Number.parseInt(len36, 36) - 1),
          makeup: offsets(mk),
        };
        if (st !== "") b.statutory = offsets(st);
        if (zh !== "") b.zh = zh;
        if (en !== "") b.en = en;
        return b;
      });
    const n: { -readonly [K in keyof HolidayNoticeData]: HolidayNoticeData[K] } = {
      id,
      year,
      number,
      title: title || `国务院办公厅关于${year}年部分节假日安排的通知`,
      published,
      url,
      verified: verified === 1,
      breaks: list,
    };
    if (amends !== "") n.amends = amends;
    return n;
  });
}
