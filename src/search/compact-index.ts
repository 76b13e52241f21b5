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

/** Per field: the positions (from 0) of the docs holding the term, ascending, and its frequency in each. */
type Postings = Array<{ docs: number[]; frequencies: number[] }>;

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

/** The same from docs already analysed: `docs[d][f]` is field `f` of doc `first + d`. */
export function compactIndex(fields: ReadonlyArray<Pick<FieldSpec<never>, 'name' | 'boost'>>, docs: ReadonlyArray<readonly FieldTerms[]>, first: number): CompactIndex {
  const byTerm = new Map<string, Postings>();
  const lengths = fields.map(() => new Array<number>(docs.length));
  docs.forEach((doc, d) => {
    doc.forEach(({ length, terms, counts }, f) => {
      lengths[f]![d] = length;
      terms.forEach((term, i) => {
        let postings = byTerm.get(term);
        if (!postings) byTerm.set(term, (postings = fields.map(() => ({ docs: [], frequencies: [] }))));
        postings[f]!.docs.push(d);
        postings[f]!.frequencies.push(counts[i]!);
      });
    });
  });

  const averageLengths = lengths.map((perDoc) => perDoc.reduce((sum, length) => sum + length, 0) / perDoc.length);
  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((term) => {
    const perField = byTerm.get(term)!;
    // Lunr counts a doc once per field the term occurs in.
    const docsWithTerm = perField.reduce((sum, { docs }) => sum + docs.length, 0);
    const idf = Math.log(1 + Math.abs((docs.length - docsWithTerm + 0.5) / (docsWithTerm + 0.5)));
    const encoded: number[] = [];
    perField.forEach(({ docs, frequencies }, f) => {
      const boost = fields[f]!.boost || 1;
      const average = averageLengths[f]!;
      encoded.push(docs.length);
      let previous = 0;
      docs.forEach((doc, i) => {
        const tf = frequencies[i]!;
        // The same operations in the same order as lunr.Builder#createFieldVectors, for the same rounding.
        let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (lengths[f]![doc]! / average)) + tf);
        score *= boost;
        encoded.push(doc - previous, Math.round((Math.round(score * 1000) / 1000) * WEIGHT_SCALE));
        previous = doc;
      });
    });
    return encoded;
  });
  return { version: lunr.version, fields: fields.map((field) => field.name), first, count: docs.length, terms, postings };
}
