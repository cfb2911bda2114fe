import { InvalidCalendarDataError } from "./calendar-error";
import type { HolidayBreakData, HolidayNoticeData } from "./holiday-notice";
import { formatIsoDate, isWeekendEpochDay } from "./internal/civil-date";
import { toEpochDayInput } from "./parse-date";

/** One file of NateScarlet/holiday-cn (`{ year, papers, days: [{ name, date, isOffDay }] }`). */
export interface HolidayCnYear {
  readonly year: number;
  readonly papers: readonly string[];
  readonly days: readonly { readonly name: string; readonly date: string; readonly isOffDay: boolean }[];
}

/** What holiday-cn does not record about the notice; pass it to keep the provenance complete. */
export interface FromHolidayCnOptions {
  /** Document number, e.g. `国办发明电〔2026〕5号`. */
  readonly number?: string;
  /** Publication date (ISO). */
  readonly published?: string;
  /** Notice id (default: the year as a string). */
  readonly id?: string;
}

const FESTIVALS_BY_NAME: readonly (readonly [RegExp, string])[] = [
  [/元旦/, "new-year"],
  [/春节/, "spring-festival"],
  [/清明/, "qingming"],
  [/劳动|五一/, "labour-day"],
  [/端午/, "dragon-boat"],
  [/中秋/, "mid-autumn"],
  [/国庆|十一/, "national-day"],
  [/抗日|胜利/, "victory-day"],
];

function festivalsOf(name: string, path: string): string[] {
  const hits = FESTIVALS_BY_NAME.filter(([re]) => re.test(name)).map(([re, key]) => ({ key, at: name.search(re) }));
  if (hits.length === 0)
    throw new InvalidCalendarDataError(path, "a holiday name such as 春节 or 国庆节、中秋节", name);
  // Order festivals by their date order in the year, as the notice's merged names do not.
  const order = FESTIVALS_BY_NAME.map(([, k]) => k);
  return hits.map((h) => h.key).sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/**
 * Converts one year file of NateScarlet/holiday-cn into the package's notice format, for
 * `createCalendar({ notices })`.
 *
 * holiday-cn lists only the dates a notice names: weekend days "与周末连休" are added back to each break here, and
 * the make-up days (`isOffDay: false` on a Saturday or Sunday) are attached to the break of the same name; a
 * weekday listed as a working day changes nothing and is dropped. The file's `year` is the notice's
 * year, so December dates of the previous year (make-up days, an early New Year break) belong to it. Statutory days
 * are derived from the regulation in force where the package's lunar table covers the year. holiday-cn records no
 * document number or publication date: pass them in `options`, otherwise the notice says `"unknown"` and is marked
 * `verified: false`.
 *
 * @param json - the parsed holiday-cn file
 * @param options - the document number, publication date and id, when known
 * @returns the notice, or `undefined` for a file with no notice yet (`papers: []`, as 2027.json before publication)
 * @throws {InvalidCalendarDataError} when the file is malformed (missing fields, bad dates, unknown holiday names)
 * @example
 * const notice = fromHolidayCn(json2027, { number: "国办发明电〔2026〕5号", published: "2026-11-05" });
 * const cal = createCalendar({ notices: notice ? [notice] : [] });
 * //=> a calendar covering 2004–2027
 */
export function fromHolidayCn(json: HolidayCnYear, options: FromHolidayCnOptions = {}): HolidayNoticeData | undefined {
  if (typeof json !== "object" || json === null || !Number.isInteger(json.year) || !Array.isArray(json.days)) {
    throw new InvalidCalendarDataError("holiday-cn", "{ year: number, papers: string[], days: [...] }", json);
  }
  const papers = Array.isArray(json.papers) ? json.papers : [];
  if (papers.length === 0 && json.days.length === 0) return undefined;

  const off = new Map<string, number[]>();
  const on = new Map<string, number[]>();
  const listed = new Set<number>();
  json.days.forEach((d, i) => {
    const path = `holiday-cn ${json.year}.days[${i}]`;
    if (typeof d?.name !== "string" || typeof d.isOffDay !== "boolean") {
      throw new InvalidCalendarDataError(path, "{ name: string, date: 'YYYY-MM-DD', isOffDay: boolean }", d);
    }
    let e: number;
    try {
      e = toEpochDayInput(d.date);
    } catch (cause) {
      throw new InvalidCalendarDataError(`${path}.date`, "an ISO date YYYY-MM-DD", d.date, { cause });
    }
    festivalsOf(d.name, `${path}.name`);
    listed.add(e);
    const map = d.isOffDay ? off : on;
    map.set(d.name, [...(map.get(d.name) ?? []), e]);
  });

  const breaks: ({ -readonly [K in keyof HolidayBreakData]: HolidayBreakData[K] } & {
    fromDay: number;
    toDay: number;
    makeupDays: number[];
  })[] = [];
  for (const [name, days] of off) {
    const sorted = [...new Set(days)].sort((a, b) => a - b);
    let start = sorted[0] as number;
    for (let i = 1; i <= sorted.length; i++) {
      const cur = sorted[i];
      const prev = sorted[i - 1] as number;
      if (cur !== undefined && cur === prev + 1) continue;
      // Extend over the adjacent weekend days the notice joins without listing them.
      let from = start;
      let to = prev;
      while (isWeekendEpochDay(from - 1) && !listed.has(from - 1)) from--;
      while (isWeekendEpochDay(to + 1) && !listed.has(to + 1)) to++;
      const last = breaks[breaks.length - 1];
      if (last !== undefined && last.zh === name && from <= last.toDay + 1) {
        // Two listed runs joined by unlisted weekend days (2015 端午: 06-20 and 06-22) are one break.
        last.toDay = Math.max(last.toDay, to);
        last.to = formatIsoDate(last.toDay);
        if (cur !== undefined) start = cur;
        continue;
      }
      breaks.push({
        festivals: festivalsOf(name, `holiday-cn ${json.year}`),
        zh: name,
        from: formatIsoDate(from),
        to: formatIsoDate(to),
        fromDay: from,
        toDay: to,
        makeupDays: [],
      });
      if (cur !== undefined) start = cur;
    }
  }
  for (const [name, days] of on) {
    for (const e of days) {
      // A weekday listed as a working day (2020-02-03, "2月3日起正常上班") changes nothing.
      if (!isWeekendEpochDay(e)) continue;
      const candidates = breaks.filter((b) => b.zh === name);
      const nearest = candidates.sort((a, b) => Math.abs(a.fromDay - e) - Math.abs(b.fromDay - e))[0];
      if (nearest === undefined) {
        throw new InvalidCalendarDataError(
          `holiday-cn ${json.year} ${name}`,
          "a make-up day for a break listed in the file",
          formatIsoDate(e),
        );
      }
      nearest.makeupDays.push(e);
    }
  }
  breaks.sort((a, b) => a.fromDay - b.fromDay);
  const notice: HolidayNoticeData = {
    id: options.id ?? String(json.year),
    year: json.year,
    number: options.number ?? "unknown",
    published: options.published ?? "unknown",
    url: papers[0] ?? "",
    verified: options.number !== undefined && options.published !== undefined,
    note: `Imported from NateScarlet/holiday-cn ${json.year}.json${papers.length > 1 ? ` (papers: ${papers.join(" ")})` : ""}.`,
    breaks: breaks.map(({ fromDay: _f, toDay: _t, makeupDays, ...b }) => ({
      ...b,
      makeup: makeupDays.sort((x, y) => x - y).map((e) => formatIsoDate(e)),
    })),
  };
  return notice;
}
