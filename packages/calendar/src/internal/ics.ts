/**
 * RFC 5545 serialisation of holiday breaks and make-up days: all-day events (`DTSTART;VALUE=DATE`) with an
 * exclusive `DTEND`, CRLF line ends, lines folded at 75 octets, stable UIDs, and a DTSTAMP that never comes from a
 * clock.
 */
import { InvalidArgumentError } from "../calendar-error";
import type { ToIcsOptions } from "../calendar-types";
import { toEpochDayInput } from "../parse-date";
import type { CalendarIndex } from "./calendar-index";
import { formatIsoDate } from "./civil-date";

let encoder: TextEncoder | undefined;
function octetsOf(s: string): number {
  encoder ??= new TextEncoder();
  return encoder.encode(s).length;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (octetsOf(line) <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = octetsOf(ch);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

const basic = (e: number) => formatIsoDate(e).replace(/-/g, "");

function stampOf(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError("dtstamp", "a valid Date", date);
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** Builds the iCalendar text for `options` over `index`. */
export function buildIcs(index: CalendarIndex, options: ToIcsOptions): string {
  const from = toEpochDayInput(options.from);
  const to = toEpochDayInput(options.to);
  if (to < from)
    throw new InvalidArgumentError("to", `a date on or after 'from' (${formatIsoDate(from)})`, formatIsoDate(to));
  const lang = options.lang ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new InvalidArgumentError("lang", "'zh' or 'en'", lang);
  const zh = lang === "zh";
  index.assertCovered(from, to);
  const breaks = index.breaks.filter((b) => b.to >= from && b.from <= to).sort((a, b) => a.from - b.from);
  const makeups = options.makeupDays === false ? [] : breaks.flatMap((b) => b.makeup.map((e) => ({ e, b })));
  for (const b of index.breaks) {
    if (b.to < from || b.from > to)
      for (const e of b.makeup) if (e >= from && e <= to && options.makeupDays !== false) makeups.push({ e, b });
  }
  makeups.sort((x, y) => x.e - y.e);
  let dtstamp: string;
  if (options.dtstamp !== undefined) dtstamp = stampOf(options.dtstamp);
  else {
    const published = breaks
      .map((b) => b.notice?.published)
      .filter((p): p is string => p !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(p))
      .sort();
    const last = published[published.length - 1] ?? formatIsoDate(from);
    dtstamp = `${last.replace(/-/g, "")}T000000Z`;
  }
  const name = options.name ?? (zh ? "中国法定节假日与调休" : "China public holidays and make-up working days");
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//xunshi//@xunshi/calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  const event = (
    uid: string,
    start: number,
    endInclusive: number,
    summary: string,
    description: string,
    transparent: boolean,
  ) => {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basic(start)}`,
      `DTEND;VALUE=DATE:${basic(endInclusive + 1)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `TRANSP:${transparent ? "TRANSPARENT" : "OPAQUE"}`,
      "END:VEVENT",
    );
  };
  const source = (b: (typeof breaks)[number]) =>
    b.notice
      ? `${b.notice.number} (${b.notice.published}) ${b.notice.url}`
      : zh
        ? "预测（尚无国务院办公厅通知）"
        : "Forecast (no State Council notice yet)";
  for (const b of breaks) {
    const from0 = Math.max(b.from, from);
    const to0 = Math.min(b.to, to);
    const n = b.to - b.from + 1;
    const summary = zh ? `${b.name.zh} 放假` : `${b.name.en} (holiday)`;
    const desc = zh
      ? `${b.name.zh}：${formatIsoDate(b.from)} 至 ${formatIsoDate(b.to)} 放假，共${n}天。${b.provisional ? "（预测）" : ""}来源：${source(b)}`
      : `${b.name.en}: ${formatIsoDate(b.from)} to ${formatIsoDate(b.to)} off, ${n} day${n === 1 ? "" : "s"}.${b.provisional ? " (provisional)" : ""} Source: ${source(b)}`;
    event(`${basic(b.from)}-${b.key}-holiday@xunshi-calendar`, from0, to0, summary, desc, true);
  }
  for (const { e, b } of makeups) {
    const summary = zh ? `${b.name.zh} 调休上班` : `${b.name.en} (make-up working day)`;
    const desc = zh
      ? `${formatIsoDate(e)} 上班（${b.name.zh}调休）。${b.provisional ? "（预测）" : ""}来源：${source(b)}`
      : `${formatIsoDate(e)} is a working day (make-up for ${b.name.en}).${b.provisional ? " (provisional)" : ""} Source: ${source(b)}`;
    event(`${basic(e)}-${b.key}-makeup@xunshi-calendar`, e, e, summary, desc, false);
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
