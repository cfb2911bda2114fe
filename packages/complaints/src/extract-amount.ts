import { SuggestionError } from "./suggest-error";

/** A range of values; `min === max` when the text is exact. */
export interface NumberRange {
  min: number;
  max: number;
  /** True for "二十多", "六七十", "几万", "三千出头"-style approximations. */
  approximate: boolean;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

type R = [number, number];

/**
 * Parses a Chinese or Arabic number, including colloquial and approximate forms: "二十万", "一万二" (12,000),
 * "两万四", "六七十万" (600,000–700,000), "十几", "一百多", "1.5万", "3,000".
 *
 * @param text - The number without its currency unit.
 * @returns The value as a range, or `undefined` when `text` is not a number.
 * @throws {SuggestionError} `INVALID_TEXT` when `text` is not a string.
 * @example
 * parseChineseNumber("六七十万")
 * //=> { min: 600000, max: 700000, approximate: true }
 */
export function parseChineseNumber(text: string): NumberRange | undefined {
  if (typeof text !== "string") {
    throw new SuggestionError("INVALID_TEXT", `Expected a number as a string, received a value of type ${typeof text}`);
  }
  const s = text.trim().replace(/[,，]/g, "");
  if (s === "") return undefined;
  const arabic = /^(\d+(?:\.\d+)?)([十百千万亿]*)([多余来]?)$/.exec(s);
  if (arabic) {
    let v = Number(arabic[1]);
    let unit = 1;
    for (const ch of arabic[2] ?? "") unit *= SMALL_UNITS[ch] ?? BIG_UNITS[ch] ?? 1;
    v *= unit;
    if (arabic[3]) return { min: round(v), max: round(v + unit), approximate: true };
    return { min: round(v), max: round(v), approximate: false };
  }
  if (!/^[零〇一二两三四五六七八九十百千万亿几多余来]+$/.test(s)) return undefined;
  let approximate = false;
  let total: R = [0, 0];
  let section: R = [0, 0];
  let num: R | undefined;
  let lastUnit = 0; // last unit applied inside the current section (for 一万二, 一百二)
  let lastBig = 0;
  let zeroSeen = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) {
        zeroSeen = true;
        continue;
      }
      // Two adjacent digits ("六七十", "一两万") form a range.
      if (num && i > 0 && DIGITS[s[i - 1] as string] !== undefined) {
        num = [Math.min(num[0], d), Math.max(num[1], d)];
        approximate = true;
      } else num = [d, d];
      continue;
    }
    if (ch === "几") {
      num = lastUnit > 0 && i > 0 && SMALL_UNITS[s[i - 1] as string] !== undefined ? [1, 9] : [2, 9];
      approximate = true;
      continue;
    }
    if (ch === "多" || ch === "余" || ch === "来") {
      approximate = true;
      const step = lastUnit || 1;
      if (num) {
        section = [section[0] + num[0] * step, section[1] + num[1] * step];
        num = undefined;
      }
      section = [section[0], section[1] + step];
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      const n = num ?? [1, 1];
      section = [section[0] + n[0] * small, section[1] + n[1] * small];
      num = undefined;
      lastUnit = small;
      zeroSeen = false;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      if (num) section = [section[0] + num[0], section[1] + num[1]];
      if (section[1] === 0) section = [1, 1];
      if (lastBig !== 0 && big > lastBig) total = [(total[0] + section[0]) * big, (total[1] + section[1]) * big];
      else total = [total[0] + section[0] * big, total[1] + section[1] * big];
      section = [0, 0];
      num = undefined;
      lastUnit = big;
      lastBig = big;
      zeroSeen = false;
    }
  }
  if (num) {
    // 一万二 → 12,000; 一百二 → 120: a trailing digit right after a unit counts in the next lower place.
    const place = !zeroSeen && lastUnit >= 10 ? lastUnit / 10 : 1;
    section = [section[0] + num[0] * place, section[1] + num[1] * place];
  }
  total = [total[0] + section[0], total[1] + section[1]];
  if (total[1] === 0 && !/[零〇]/.test(s)) return undefined;
  return { min: round(total[0]), max: round(total[1]), approximate };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
