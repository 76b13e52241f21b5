/**
 * Builds an index straight into the payload's compact form (index-codec.ts), with the weights `lunr.Builder` would
 * give: BM25 with k1 = 1.2 and b = 0.75, times the field's boost, rounded to three decimals. Lunr's builder makes an
 * object per token and per posting, a token set the JSON never carries, and JSON that then had to be re-encoded;
 * at 10,000 articles this takes half the time. The terms come from our own analyser, as the browser's queries do.
 * test/search/compact-index.test.ts holds it to Lunr's own index, weight for weight.
 */
import lunr from 'lunr';
import type { Analyze } from './analyzer.ts';
import type { FieldSpec } from './fields.ts';
import { WEIGHT_SCALE, type CompactIndex } from './index-codec.ts';

const K1 = 1.2;
const B = 0.75;

/** One field of one doc, analysed: how many terms it has (repeats included), and each distinct term's count. */
export interface FieldTerms {
  length: number;
  terms: string[];
  counts: number[];
}

export function countTerms(terms: readonly string[]): FieldTerms {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { length: terms.length, terms: [...counts.keys()], counts: [...counts.values()] };
}

/** Indexes `items` as docs `first`, `first + 1`, … (Lunr refs in base 36). */
export function buildCompactIndex<T>(fields: ReadonlyArray<FieldSpec<T>>, items: readonly T[], first: number, analyze: Analyze): CompactIndex {
  return compactIndex(
    fields,
    items.map((item) => fields.map((field) => countTerms(analyze(field.extract(item))))),
    first,
  );
}

/**
 * The same from docs already analysed: `docs[d][f]` is field `f` of doc `first + d`. Terms are numbered as first
 * seen and their postings laid out in flat arrays, counted first, then filled in doc order (so each term's docs come
 * out ascending): a shard of 1,000 articles has some 110,000 postings, which as an object and two growing arrays
 * per term and field took twice as long.
 */
export function compactIndex(fields: ReadonlyArray<Pick<FieldSpec<never>, 'name' | 'boost'>>, docs: ReadonlyArray<readonly FieldTerms[]>, first: number): CompactIndex {
  const fieldCount = fields.length;
  const ids = new Map<string, number>();
  const names: string[] = [];
  // A slot is a term in a field (id * fieldCount + field): how many postings each has, and each posting's slot in doc order.
  const perSlot: number[] = [];
  let total = 0;
  for (const doc of docs) for (const field of doc) total += field.terms.length;
  const slotOfPosting = new Int32Array(total);
  const lengths = fields.map(() => new Float64Array(docs.length));
  let p = 0;
  docs.forEach((doc, d) => {
    doc.forEach(({ length, terms }, f) => {
      lengths[f]![d] = length;
      for (const term of terms) {
        let id = ids.get(term);
        if (id === undefined) {
          ids.set(term, (id = names.push(term) - 1));
          for (let g = 0; g < fieldCount; g++) perSlot.push(0);
        }
        const slot = id * fieldCount + f;
        perSlot[slot]!++;
        slotOfPosting[p++] = slot;
      }
    });
  });

  // Where each slot's postings start in postingDoc and postingTf.
  const start = new Int32Array(perSlot.length + 1);
  for (let slot = 0; slot < perSlot.length; slot++) start[slot + 1] = start[slot]! + perSlot[slot]!;
  const postingDoc = new Int32Array(total);
  const postingTf = new Int32Array(total);
  const next = start.slice(0, perSlot.length);
  p = 0;
  docs.forEach((doc, d) => {
    for (const { counts } of doc) {
      for (const count of counts) {
        const at = next[slotOfPosting[p++]!]!++;
        postingDoc[at] = d;
        postingTf[at] = count;
      }
    }
  });

  const averageLengths = lengths.map((perDoc) => perDoc.reduce((sum, length) => sum + length, 0) / perDoc.length);
  const terms = [...names].sort();
  const postings = terms.map((term) => {
    const id = ids.get(term)!;
    // Lunr counts a doc once per field the term occurs in.
    const docsWithTerm = start[(id + 1) * fieldCount]! - start[id * fieldCount]!;
    const idf = Math.log(1 + Math.abs((docs.length - docsWithTerm + 0.5) / (docsWithTerm + 0.5)));
    const encoded: number[] = [];
    for (let f = 0; f < fieldCount; f++) {
      const boost = fields[f]!.boost || 1;
      const average = averageLengths[f]!;
      const fieldLengths = lengths[f]!;
      const from = start[id * fieldCount + f]!;
      const to = start[id * fieldCount + f + 1]!;
      encoded.push(to - from);
      let previous = 0;
      for (let i = from; i < to; i++) {
        const doc = postingDoc[i]!;
        const tf = postingTf[i]!;
        // The same operations in the same order as lunr.Builder#createFieldVectors, for the same rounding.
        let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLengths[doc]! / average)) + tf);
        score *= boost;
        encoded.push(doc - previous, Math.round((Math.round(score * 1000) / 1000) * WEIGHT_SCALE));
        previous = doc;
      }
    }
    return encoded;
  });
  return { version: lunr.version, fields: fields.map((field) => field.name), first, count: docs.length, terms, postings };
}
