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

const SCALE = 1000;

export function encodeIndex(json: LunrIndexJson, first: number, count: number): CompactIndex {
  const { fields } = json;
  const weights = new Map<string, Map<number, number>>();
  for (const [key, elements] of json.fieldVectors) {
    const byTerm = new Map<number, number>();
    for (let i = 0; i < elements.length; i += 2) byTerm.set(elements[i]!, elements[i + 1]!);
    weights.set(key, byTerm);
  }
  const terms: string[] = [];
  const postings: number[][] = [];
  for (const [term, posting] of json.invertedIndex) {
    const termIndex = posting._index as number;
    const encoded: number[] = [];
    for (const field of fields) {
      const docs = Object.keys((posting[field] as Record<string, object> | undefined) ?? {})
        .map((ref) => parseInt(ref, 36))
        .sort((a, b) => a - b);
      encoded.push(docs.length);
      let previous = first;
      for (const doc of docs) {
        const weight = weights.get(`${field}/${doc.toString(36)}`)?.get(termIndex) ?? 0;
        encoded.push(doc - previous, Math.round(weight * SCALE));
        previous = doc;
      }
    }
    terms.push(term);
    postings.push(encoded);
  }
  return { version: json.version, fields, first, count, terms, postings };
}

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
        const weight = encoded[at++]! / SCALE;
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
