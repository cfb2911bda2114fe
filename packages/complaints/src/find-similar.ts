import { SuggestionError } from "./suggest-error";
import { normalizeChineseText } from "./text-normalize";

/** Options of {@link createSimilarityIndex}. */
export interface CreateSimilarityIndexOptions {
  /** Characters per shingle (default 3). */
  shingleSize?: number;
  /** MinHash functions per signature (default 64); must be a multiple of `bands`. */
  numHashes?: number;
  /** LSH bands (default 16, i.e. 4 rows per band: pairs above Jaccard ≈ 0.5 are found with high probability). */
  bands?: number;
  /** Seed of the hash family (default 1); indexes only compare with indexes built with the same options. */
  seed?: number;
}

/** Options of a similarity query. */
export interface FindSimilarOptions {
  /** Minimum estimated Jaccard similarity (default 0.5). */
  threshold?: number;
  /** Maximum number of matches (default 10). */
  limit?: number;
}

/** One earlier complaint similar to the query. */
export interface SimilarMatch {
  /** The id given to {@link SimilarityIndex.add}. */
  id: string;
  /** Estimated Jaccard similarity of the two texts' character shingles, in [0, 1]. */
  similarity: number;
}

/** A MinHash/LSH index over earlier complaints. Adding is O(text length); a query touches only LSH candidates. */
export interface SimilarityIndex {
  /** Number of texts indexed. */
  readonly size: number;
  /**
   * Adds a text under an id.
   * @throws {SuggestionError} `DUPLICATE_ID` when the id is already indexed; `INVALID_TEXT` when text is not a string.
   */
  add(id: string, text: string): void;
  /** Removes an id; returns whether it was indexed. */
  remove(id: string): boolean;
  /** Whether an id is indexed. */
  has(id: string): boolean;
  /** Finds indexed texts similar to `text`, most similar first (ties in insertion order). */
  query(text: string, options?: FindSimilarOptions): SimilarMatch[];
}

const KEEP = /[\p{L}\p{N}]/u;

function shingleHashes(text: string, k: number): Uint32Array {
  const norm = normalizeChineseText(text);
  let compact = "";
  for (const ch of norm) if (KEEP.test(ch)) compact += ch;
  if (compact.length === 0) return new Uint32Array(0);
  const set = new Set<number>();
  const n = Math.max(1, compact.length - k + 1);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(compact.length, i + k);
    for (let j = i; j < end; j++) {
      h ^= compact.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    set.add(h >>> 0);
  }
  return Uint32Array.from(set);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function positiveInt(name: string, v: number | undefined, dflt: number, max: number): number {
  const x = v ?? dflt;
  if (!Number.isInteger(x) || x < 1 || x > max) {
    throw new SuggestionError(
      "INVALID_OPTION",
      `Expected ${name} to be an integer in [1, ${max}], received ${String(x)}`,
    );
  }
  return x;
}

/**
 * Creates an index for duplicate and repeat detection: each text becomes a MinHash signature of its character
 * shingles (after traditional→simplified normalisation, ignoring punctuation and spaces), banded for locality-sensitive
 * hashing, so that a query compares only with likely matches instead of the whole corpus.
 *
 * @param options - Shingle size, number of hash functions and bands, seed.
 * @returns An empty index.
 * @throws {SuggestionError} `INVALID_OPTION` when an option is out of range or `numHashes` is not a multiple of `bands`.
 * @example
 * const index = createSimilarityIndex();
 * index.add("c1", "某县住建局局长葛某某收受开发商现金二十万元，购物卡五万元，还有名烟名酒");
 * index.query("某县住建局局长葛某某收受开发商现金二十万元，购物卡五万元，还有名烟名酒。")[0]?.id
 * //=> "c1"
 */
export function createSimilarityIndex(options: CreateSimilarityIndexOptions = {}): SimilarityIndex {
  const k = positiveInt("shingleSize", options.shingleSize, 3, 16);
  const numHashes = positiveInt("numHashes", options.numHashes, 64, 1024);
  const bands = positiveInt("bands", options.bands, 16, numHashes);
  if (numHashes % bands !== 0) {
    throw new SuggestionError(
      "INVALID_OPTION",
      `Expected numHashes (${numHashes}) to be a multiple of bands (${bands})`,
    );
  }
  const rows = numHashes / bands;
  const rand = mulberry32(options.seed ?? 1);
  const a = new Int32Array(numHashes);
  const b = new Int32Array(numHashes);
  for (let i = 0; i < numHashes; i++) {
    a[i] = rand() | 1;
    b[i] = rand();
  }
  const signatures: Array<Uint32Array | undefined> = [];
  const ids: Array<string | undefined> = [];
  const byId = new Map<string, number>();
  const buckets: Array<Map<number, number[]>> = Array.from({ length: bands }, () => new Map());

  const signature = (text: string): Uint32Array | undefined => {
    const sh = shingleHashes(text, k);
    if (sh.length === 0) return undefined;
    const sig = new Uint32Array(numHashes).fill(0xffffffff);
    for (let i = 0; i < numHashes; i++) {
      const ai = a[i] as number;
      const bi = b[i] as number;
      let min = 0xffffffff;
      for (let j = 0; j < sh.length; j++) {
        let x = Math.imul((sh[j] as number) ^ bi, ai);
        x = (x ^ (x >>> 16)) >>> 0;
        if (x < min) min = x;
      }
      sig[i] = min;
    }
    return sig;
  };
  const bandKey = (sig: Uint32Array, band: number): number => {
    let h = 0x811c9dc5 ^ band;
    for (let r = band * rows; r < (band + 1) * rows; r++) {
      h = Math.imul(h ^ (sig[r] as number), 0x01000193);
      h ^= h >>> 13;
    }
    return h >>> 0;
  };

  const checkText = (text: unknown): void => {
    if (typeof text !== "string") {
      throw new SuggestionError("INVALID_TEXT", `Expected the complaint text as a string, received ${typeof text}`);
    }
  };

  return {
    get size() {
      return byId.size;
    },
    has: (id) => byId.has(id),
    add(id, text) {
      if (typeof id !== "string" || id === "") {
        throw new SuggestionError("INVALID_ID", `Expected a non-empty string id, received ${typeof id}`);
      }
      checkText(text);
      if (byId.has(id)) throw new SuggestionError("DUPLICATE_ID", `Expected a new id, received one already indexed`);
      const n = ids.length;
      const sig = signature(text);
      ids.push(id);
      signatures.push(sig);
      byId.set(id, n);
      if (!sig) return;
      for (let band = 0; band < bands; band++) {
        const key = bandKey(sig, band);
        const m = buckets[band] as Map<number, number[]>;
        const list = m.get(key);
        if (list) list.push(n);
        else m.set(key, [n]);
      }
    },
    remove(id) {
      const n = byId.get(id);
      if (n === undefined) return false;
      byId.delete(id);
      ids[n] = undefined;
      signatures[n] = undefined; // bucket entries are skipped lazily
      return true;
    },
    query(text, opts = {}) {
      checkText(text);
      const threshold = opts.threshold ?? 0.5;
      const limit = opts.limit ?? 10;
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new SuggestionError("INVALID_OPTION", `Expected threshold in [0, 1], received ${String(threshold)}`);
      }
      if (!Number.isInteger(limit) || limit < 1) {
        throw new SuggestionError("INVALID_OPTION", `Expected limit to be an integer ≥ 1, received ${String(limit)}`);
      }
      const sig = signature(text);
      if (!sig) return [];
      const seen = new Set<number>();
      const out: Array<{ n: number; similarity: number }> = [];
      for (let band = 0; band < bands; band++) {
        const list = (buckets[band] as Map<number, number[]>).get(bandKey(sig, band));
        if (!list) continue;
        for (const n of list) {
          if (seen.has(n)) continue;
          seen.add(n);
          const other = signatures[n];
          if (!other) continue;
          let eq = 0;
          for (let i = 0; i < numHashes; i++) if (other[i] === sig[i]) eq++;
          const similarity = eq / numHashes;
          if (similarity >= threshold) out.push({ n, similarity });
        }
      }
      out.sort((x, y) => y.similarity - x.similarity || x.n - y.n);
      return out.slice(0, limit).map((o) => ({ id: ids[o.n] as string, similarity: o.similarity }));
    },
  };
}

/**
 * Finds earlier complaints similar to a text (repeats and duplicates), using a {@link SimilarityIndex}.
 *
 * @param text - The new complaint.
 * @param index - An index built with {@link createSimilarityIndex}.
 * @param options - Minimum estimated Jaccard similarity (default 0.5) and maximum number of matches (default 10).
 * @returns Matches, most similar first.
 * @throws {SuggestionError} `INVALID_TEXT` when text is not a string; `INVALID_OPTION` for bad options.
 * @example
 * const index = createSimilarityIndex();
 * index.add("c1", "村主任截留危房改造补助，每户只给了一万二，剩下八千说是材料费");
 * findSimilar("村主任截留危房改造补助，每户只给了一万二，剩下的八千说是材料费！", index).map((m) => m.id)
 * //=> ["c1"]
 */
export function findSimilar(text: string, index: SimilarityIndex, options: FindSimilarOptions = {}): SimilarMatch[] {
  return index.query(text, options);
}
