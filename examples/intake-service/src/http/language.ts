/** Languages the service answers in. */
export type Language = "zh" | "en";

/**
 * Choose the response language from an `Accept-Language` header: the highest-weighted of Chinese or English,
 * Chinese when neither is asked for (the service's users are Chinese intake staff).
 *
 * @param header - The header value, or undefined.
 * @returns `zh` or `en`.
 * @example
 * negotiateLanguage("en-GB,en;q=0.9,zh;q=0.5")
 * //=> "en"
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (header === undefined) return "zh";
  let best: { lang: Language; q: number } | undefined;
  for (const part of header.split(",")) {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const primary = tag.split("-")[0];
    const lang: Language | undefined = primary === "zh" ? "zh" : primary === "en" ? "en" : undefined;
    if (lang !== undefined && (best === undefined || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? "zh";
}
