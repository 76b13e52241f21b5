/**
 * A compact, lossless transport form of a serialised Lunr index. Lunr's own
 * JSON spells every posting twice (inverted index and field vectors) with
 * string keys like `"body/a3"`; here a posting is two small integers (doc
 * delta, weight × 1000) under its term, and the browser expands it back into
 * the JSON that `lunr.Index.load` expects. Decoding numbers the terms in
 * sorted order rather than Lunr's order of first sight, which leaves every
 * score unchanged: vectors only need a consistent dimension per term.
 */

export interface LunrIndexJson {
  version: string;
  fields: string[];
  fieldVectors: Array<[string, number[]]>;
  invertedIndex: Array<[string, Record<string, number | Record<string, object>>]>;
  pipeline: string[];
}

export interface CompactIndex {
  version: string;
  fields: string[];
  /** Docs are numbered refs (base 36) `first … first + count - 1`. */
  first: number;
  count: number;
  /** Sorted. */
  terms: string[];
  /**
   * Per term, per field: the number of docs, then (doc − previous doc, weight × 1000)
   * pairs, docs ascending from `first`.
   */
  postings: number[][];
}

/** Weights travel as integers: Lunr keeps three decimals. */
export const WEIGHT_SCALE = 1000;

/** Lunr's serialised form, with term indexes in sorted order. */
export function decodeIndex(compact: CompactIndex): LunrIndexJson {
  const { fields, first, count } = compact;
  const refs = Array.from({ length: count }, (_, i) => (first + i).toString(36));
  // vectors[field][doc - first]: flat (term index, weight) pairs, ascending by term.
  const vectors = fields.map(() => Array.from({ length: count }, (): number[] => []));
  // Lunr only reads posting metadata, so every posting can share one empty object.
  const metadata = {};
  const invertedIndex: LunrIndexJson['invertedIndex'] = compact.terms.map((term, termIndex) => {
    const encoded = compact.postings[termIndex] ?? [];
    const posting: Record<string, number | Record<string, object>> = { _index: termIndex };
    let at = 0;
    fields.forEach((field, f) => {
      const docs: Record<string, object> = {};
      const n = encoded[at++] ?? 0;
      let doc = 0;
      for (let i = 0; i < n; i++) {
        doc += encoded[at++]!;
        const weight = encoded[at++]! / WEIGHT_SCALE;
        docs[refs[doc]!] = metadata;
        vectors[f]![doc]?.push(termIndex, weight);
      }
      posting[field] = docs;
    });
    return [term, posting];
  });
  const fieldVectors = fields.flatMap((field, f) =>
    refs.map((ref, i): [string, number[]] => [`${field}/${ref}`, vectors[f]![i]!]),
  );
  return { version: compact.version, fields, fieldVectors, invertedIndex, pipeline: [] };
}
