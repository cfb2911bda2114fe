import type { EvidenceSpan } from "@xunshi/complaints";

/** A piece of the content: plain text, or text that is evidence for one or more categories. */
export interface TextPiece {
  readonly text: string;
  /** Taxonomy codes this piece is evidence for (empty: plain text). */
  readonly codes: readonly string[];
}

/**
 * Cuts a text into plain and evidence pieces. Overlapping spans are merged piecewise, so each character appears
 * exactly once and carries every code whose evidence covers it.
 *
 * @param text - the original text (the spans are UTF-16 offsets into it)
 * @param spans - evidence spans, in any order; spans outside the text are clipped
 * @returns the pieces, in text order; joining their `text` gives `text` back
 * @example
 * splitByEvidence("局长收受礼金", [{ start: 2, end: 4, text: "收受", ruleId: "r", code: "integrity" }])
 * //=> [{ text: "局长", codes: [] }, { text: "收受", codes: ["integrity"] }, { text: "礼金", codes: [] }]
 */
export function splitByEvidence(text: string, spans: readonly EvidenceSpan[]): TextPiece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    if (to <= from) continue;
    const codes = [...new Set(spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.code))];
    const last = pieces[pieces.length - 1];
    if (last && last.codes.join() === codes.join())
      pieces[pieces.length - 1] = { text: last.text + text.slice(from, to), codes };
    else pieces.push({ text: text.slice(from, to), codes });
  }
  return pieces;
}
