import { compileLexicon, runEngine, TOP_LEVELS } from "./internal/suggest/engine";
import { bigramFeatures, type LinearModel, namedFeatures, trainLinear } from "./internal/suggest/linear";
import { getDefaultLexicon, type Lexicon, parseLexicon } from "./lexicon";
import { SuggestionError } from "./suggest-error";

/**
 * The learned layer of category suggestion (the format of `data/suggest-model.json`): a linear model with a softmax
 * over the ten top-level categories. Its features are the character bigrams of the text (`b:xy`), the lexicon rules
 * that fired (`r:<rule id>`), the lexicon's score and raw weight per category (`s:<category>`, `l:<category>`), the
 * lexicon's first category (`t:<category>`), `pub` (a public role is named) and `none` (no rule fired). Each entry of
 * `weights` holds one weight per class, in the order of `classes`.
 */
export type SuggestionModel = LinearModel;

/** One labelled complaint for {@link trainSuggestionModel}. */
export interface LabelledComplaintText {
  /** The complaint text. */
  text: string;
  /** Its top-level category (one of the taxonomy's ten top-level codes). */
  primary: string;
}

/** Options of {@link trainSuggestionModel}. */
export interface TrainSuggestionModelOptions {
  /** The lexicon whose findings are features (default: the shipped lexicon). Use the one you will suggest with. */
  lexicon?: Lexicon;
  /** L2 penalty on lexicon features (default 0.001). */
  l2?: number;
  /** L2 penalty on bigram weights (default 0.0001). */
  l2Bigram?: number;
  /** Optimiser steps (full-batch Adam; default 400). */
  steps?: number;
  /** Bigrams found in fewer examples are not features (default 3). */
  minDocs?: number;
  /** Weights below this magnitude are dropped from the output (default 0.05). */
  prune?: number;
  /** A note on where the examples come from, stored in the model. */
  source?: string;
}

/**
 * The training numbers of the shipped model, the defaults of {@link trainSuggestionModel}.
 *
 * @example
 * SUGGESTION_MODEL_DEFAULTS.minDocs
 * //=> 3
 */
export const SUGGESTION_MODEL_DEFAULTS = { l2: 0.001, l2Bigram: 0.0001, steps: 400, minDocs: 3, prune: 0.05 } as const;

/**
 * Trains the learned layer of category suggestion on labelled complaints, for example a team's own filed cases added
 * to the package's examples. Deterministic: the same examples in the same order give the same model. Pass the result
 * as `model` to {@link createSuggester}.
 *
 * @param examples - Labelled texts; every `primary` must be one of the ten top-level codes.
 * @param options - Lexicon whose findings are features, and training numbers.
 * @returns A model in the format of `data/suggest-model.json`.
 * @throws {SuggestionError} `INVALID_OPTION` when `examples` is empty or an example is malformed (its index is named;
 * its text never is).
 * @example
 * const model = trainSuggestionModel(
 *   [
 *     { text: "局长收了开发商的购物卡", primary: "integrity" },
 *     { text: "村干部克扣低保金", primary: "mass" },
 *   ],
 *   { minDocs: 1 },
 * );
 * model.classes.length
 * //=> 10
 */
export function trainSuggestionModel(
  examples: ReadonlyArray<LabelledComplaintText>,
  options: TrainSuggestionModelOptions = {},
): SuggestionModel {
  if (!Array.isArray(examples) || examples.length === 0) {
    throw new SuggestionError(
      "INVALID_OPTION",
      `Expected a non-empty array of labelled examples, received ${Array.isArray(examples) ? "an empty array" : typeof examples}`,
    );
  }
  const classes = [...TOP_LEVELS] as string[];
  examples.forEach((e, i) => {
    if (typeof e?.text !== "string" || !classes.includes(e?.primary)) {
      throw new SuggestionError(
        "INVALID_OPTION",
        `Expected example ${i} to be { text: string, primary: one of ${classes.join(", ")} }, received primary ${JSON.stringify(e?.primary)}`,
      );
    }
  });
  const lexicon = compileLexicon(options.lexicon ? parseLexicon(options.lexicon) : getDefaultLexicon());
  const docs = examples.map((e) => ({ x: suggestionFeatures(lexicon, e.text), y: classes.indexOf(e.primary) }));
  const d = SUGGESTION_MODEL_DEFAULTS;
  return trainLinear(docs, classes, {
    l2: options.l2 ?? d.l2,
    l2Bigram: options.l2Bigram ?? d.l2Bigram,
    steps: options.steps ?? d.steps,
    minDocs: options.minDocs ?? d.minDocs,
    prune: options.prune ?? d.prune,
    ...(options.source ? { source: options.source } : {}),
  });
}

/** Features of one text under a compiled lexicon (the same the suggester computes at run time). */
export function suggestionFeatures(lexicon: ReturnType<typeof compileLexicon>, text: string): Array<[string, number]> {
  const e = runEngine(lexicon, text);
  const scores = new Map(e.ranked.map((x) => [x.category as string, { score: x.score, raw: x.raw }]));
  return [
    ...namedFeatures({ fired: e.fired, scores, hasPublicRole: e.hasPublicRole }),
    ...[...bigramFeatures(e.norm).keys()].map((b) => [b, 1] as [string, number]),
  ];
}

/**
 * Checks that a value is a usable suggestion model: version 1, kind `linear`, the ten top-level classes, one finite
 * weight per class in the bias and in every row.
 *
 * @param input - A parsed `suggest-model.json` or the result of {@link trainSuggestionModel}.
 * @returns The same model, typed.
 * @throws {SuggestionError} `INVALID_LEXICON` naming the first problem found.
 * @example
 * parseSuggestionModel({ version: 1, kind: "linear", classes: ["political"], bias: [0], weights: {} })
 * //=> throws SuggestionError (classes must be the ten top-level codes)
 */
export function parseSuggestionModel(input: unknown): SuggestionModel {
  const fail = (what: string): never => {
    throw new SuggestionError(
      "INVALID_LEXICON",
      `Expected a suggestion model { version: 1, kind: "linear", classes, bias, weights }: ${what}`,
    );
  };
  if (typeof input !== "object" || input === null) return fail(`received ${input === null ? "null" : typeof input}`);
  const m = input as Partial<SuggestionModel>;
  if (m.version !== 1 || m.kind !== "linear") fail(`received version ${String(m.version)} and kind ${String(m.kind)}`);
  const classes = m.classes;
  if (
    !Array.isArray(classes) ||
    classes.length !== TOP_LEVELS.length ||
    !TOP_LEVELS.every((c) => classes.includes(c)) ||
    new Set(classes).size !== classes.length
  ) {
    fail(`classes must be the ten top-level codes (${TOP_LEVELS.join(", ")}), each once`);
  }
  const k = (classes as string[]).length;
  const rowOk = (row: unknown): boolean =>
    Array.isArray(row) && row.length === k && row.every((v) => typeof v === "number" && Number.isFinite(v));
  if (!rowOk(m.bias)) fail(`bias must hold ${k} finite numbers`);
  if (typeof m.weights !== "object" || m.weights === null || Array.isArray(m.weights))
    fail("weights must be an object");
  for (const [name, row] of Object.entries(m.weights as Record<string, unknown>)) {
    if (!rowOk(row)) fail(`weights[${JSON.stringify(name)}] must hold ${k} finite numbers`);
  }
  return m as SuggestionModel;
}
