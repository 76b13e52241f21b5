/**
 * The payload of an archive that grew by documents appended after the last build's (new newest articles, the way an
 * archive grows): the files those documents change, made from the last build's files and the new documents' index
 * parts alone, byte for byte as indexing the whole archive makes them (build-index.ts), so a new article costs its
 * own words, not the archive's. It applies only while the bucket counts stay the same (they double with the archive);
 * the caller checks that the documents before are the last build's, unchanged and in the same order (write-index.ts).
 */
import { bucketCount, bucketOf, endingOf, initialOf } from './buckets.ts';
import { deltas, offeredFacets, TYPO_CANDIDATE, vocabularyJson, type IndexParts, type SearchFiles } from './build-index.ts';
import { facetFile, FACET_KINDS, HEAD_FILE, rootsFile, termFile, vocabularyFile, type HeadPayload, type TermPostings } from './payload.ts';
import type { SearchArchive } from './search-archive.ts';
import { mergeObjectJson } from './merge-object-json.ts';
import { DOCS_PER_PAIR_BUCKET, pairFile } from './word-pairs.ts';

/** What a payload was made from, beyond its files: the totals that set its bucket counts, and its words' postings. */
export interface IndexTotals {
  /** Term postings (one per term, field and document). */
  postings: number;
  pairPostings: number;
  /** Postings per typo candidate (the vocabulary files' order). */
  vocabulary: Map<string, number>;
}

export function totalsOf(parts: IndexParts): IndexTotals {
  const { postings } = parts;
  const vocabulary = new Map<string, number>();
  postings.terms.forEach((term, n) => {
    if (TYPO_CANDIDATE.test(term)) vocabulary.set(term, postings.postingsOf(n));
  });
  return { postings: postings.size, pairPostings: parts.pairs.size, vocabulary };
}

/** A file of the last build's payload, as it wrote it, or undefined if it cannot be had. */
export type ReadPayloadFile = (name: string) => string | undefined;

/**
 * The files of the payload of the last build's documents and `parts` (numbered after them) that differ from the last
 * build's, with the new totals; undefined when the bucket counts change or a file of the last build cannot be read,
 * and the whole payload must be built.
 */
export function appendedFiles(archive: SearchArchive, before: IndexTotals, parts: IndexParts, read: ReadPayloadFile): { files: SearchFiles; totals: IndexTotals } | undefined {
  const headJson = read(HEAD_FILE);
  if (headJson === undefined) return undefined;
  const head = JSON.parse(headJson) as HeadPayload;
  const totals = { postings: before.postings + parts.postings.size, pairPostings: before.pairPostings + parts.pairs.size, vocabulary: new Map(before.vocabulary) };
  if (bucketCount(totals.postings) !== head.buckets || bucketCount(totals.pairPostings, DOCS_PER_PAIR_BUCKET) !== head.pairBuckets) return undefined;
  const files: SearchFiles = new Map(parts.fragments.map(([name, make]) => [name, make()]));
  /** Reads, changes and writes back one file of the last build's; false if it cannot be read. */
  const update = (name: string, change: (json: string) => string, absent?: string): boolean => {
    const json = read(name) ?? absent;
    if (json === undefined) return false;
    files.set(name, change(json));
    return true;
  };

  const { postings } = parts;
  const termsByBucket = groupBy(postings.terms.keys(), (n) => bucketOf(postings.terms[n]!, head.buckets));
  for (const [bucket, terms] of termsByBucket) {
    const added = new Map(terms.map((n) => [postings.terms[n]!, postings.encode(n)]));
    const updated = update(termFile(bucket), (old) => mergeObjectJson<TermPostings, TermPostings>(old, added, appendPostings));
    if (!updated) return undefined;
  }

  const pairsByBucket = groupBy(parts.pairs.list(), ([pair]) => bucketOf(pair, head.pairBuckets));
  for (const [bucket, pairs] of pairsByBucket) {
    const updated = update(pairFile(bucket), (old) =>
      mergeObjectJson<number[], number[]>(old, new Map(pairs), (before = [], values) => [...before, values[0]! - sum(before), ...deltas(values).slice(1)]),
    );
    if (!updated) return undefined;
  }

  const initials = new Set(head.initials);
  const counted = new Map<string, Array<[string, number]>>();
  postings.terms.forEach((term, n) => {
    if (!TYPO_CANDIDATE.test(term)) return;
    const count = (totals.vocabulary.get(term) ?? 0) + postings.postingsOf(n);
    totals.vocabulary.set(term, count);
    groupInto(counted, initialOf(term), [term, count]);
  });
  // A vocabulary file's other words keep their counts, and so their order: the counted ones are sorted in.
  for (const [initial, words] of counted) {
    const updated = update(
      vocabularyFile(initial),
      (json) => {
        const changed = new Set(words.map(([word]) => word));
        const kept = (JSON.parse(json) as string[]).filter((word) => !changed.has(word)).map((word): [string, number] => [word, totals.vocabulary.get(word)!]);
        // `kept` is one run in order, which the sort takes as it is.
        return vocabularyJson([...kept, ...words]);
      },
      initials.has(initial) ? undefined : '[]',
    );
    if (!updated) return undefined;
    initials.add(initial);
  }

  const endings = new Set(head.endings);
  for (const [ending, roots] of groupBy(parts.roots, endingOf)) {
    const known = endings.has(ending);
    if (!update(rootsFile(ending), (json) => JSON.stringify([...new Set([...(JSON.parse(json) as string[]), ...roots])].sort()), known ? undefined : '[]')) return undefined;
    endings.add(ending);
  }

  const offered = (kind: (typeof FACET_KINDS)[number], n: number) => head.facets[kind].some((value) => value.n === n);
  for (const kind of FACET_KINDS) {
    for (const [n, docs] of parts.facetDocs[kind].entries()) {
      if (docs === undefined) continue;
      const updated = update(
        facetFile(kind, n),
        (json) => {
          const old = JSON.parse(json) as number[];
          return JSON.stringify([...old, docs[0]! - sum(old), ...deltas(docs).slice(1)]);
        },
        offered(kind, n) ? undefined : '[]',
      );
      if (!updated) return undefined;
    }
  }

  const years = [...head.years];
  for (const entry of parts.years) if (years.at(-1)?.[0] !== entry[0]) years.push(entry);
  const appended: HeadPayload = {
    ...head,
    count: head.count + parts.count,
    lengths: head.lengths.map((length, f) => length + parts.lengths[f]!),
    endings: [...endings].sort(),
    initials: [...initials].sort(),
    facets: offeredFacets(archive, (kind, n) => offered(kind, n) || parts.facetDocs[kind][n] !== undefined),
    years,
  };
  files.set(HEAD_FILE, JSON.stringify(appended));
  return { files, totals };
}

/**
 * A term's postings with those of documents after all of its own: each field's first new document as a delta from
 * its last one (new postings start from 0).
 */
function appendPostings(old: TermPostings | undefined, added: TermPostings): TermPostings {
  const fields = (old ?? []).map((list) => [...list]);
  added.forEach((list, f) => {
    if (list.length === 0) return;
    while (fields.length <= f) fields.push([]);
    const target = fields[f]!;
    let last = 0;
    for (let i = 0; i < target.length; i += 3) last += target[i]!;
    target.push(list[0]! - last, ...list.slice(1));
  });
  return fields;
}

function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groupInto(groups, keyOf(item), item);
  return groups;
}

function groupInto<T, K>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
