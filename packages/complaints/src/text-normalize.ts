import { T2S_PAIRS } from "./internal/suggest/t2s-pairs";

let table: Uint16Array | undefined;

function getTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let i = 0; i < t.length; i++) t[i] = i;
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    t[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
  }
  // Full-width ASCII (U+FF01–U+FF5E) → ASCII, ideographic space → space.
  // ASCII capitals → lower case (also when they come from full-width forms).
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xfee0] as number;
  t[0x3000] = 0x20;
  table = t;
  return t;
}

/**
 * Normalises Chinese text for matching without moving any offset: traditional and regional variant characters become
 * simplified, full-width ASCII becomes half-width, Latin capitals become lower case.
 *
 * The result always has the same length as the input, and the character at index `i` of the result comes from the
 * UTF-16 code unit at index `i` of the input, so offsets found in the result are offsets into the original text.
 * The traditional→simplified table is OpenCC's character table (one-to-one entries only).
 *
 * @param text - Any text.
 * @returns The normalised text, of the same length.
 * @throws Never.
 * @example
 * normalizeChineseText("我們學院的院長ＡＢＣ")
 * //=> "我们学院的院长abc"
 */
export function normalizeChineseText(text: string): string {
  const t = getTable();
  const n = text.length;
  let changed = false;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = t[c] as number;
    out[i] = m;
    if (m !== c) changed = true;
  }
  if (!changed) return text;
  let s = "";
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) {
    s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/**
 * Converts traditional Chinese characters to simplified ones, character by character (OpenCC's one-to-one table).
 *
 * Unlike {@link normalizeChineseText} it leaves Latin letters and full-width forms alone.
 *
 * @param text - Any text.
 * @returns The text with traditional characters replaced; same length as the input.
 * @throws Never.
 * @example
 * toSimplifiedChinese("黨委書記說")
 * //=> "党委书记说"
 */
export function toSimplifiedChinese(text: string): string {
  const t = getTable();
  let s = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) && t[c] !== c) {
      s += text.slice(last, i) + String.fromCharCode(t[c] as number);
      last = i + 1;
    }
  }
  return last === 0 ? text : s + text.slice(last);
}
