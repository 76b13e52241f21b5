/**
 * Turns the typed archive into the search payload (payload.ts): one logical Lunr index over every article
 * (fields.ts), split by term, plus the per-document fragments, the facets and the stemmer's dictionary.
 */
import { createAnalyzer, createTokenAnalyzer, NO_STOPWORDS, type Analyze } from './analyzer.ts';
import { analysisOf, articleTermsAnalyser, countTerms, tokenOrder } from './article-terms.ts';
import { bucketCount, bucketOf, endingOf, initialOf } from './buckets.ts';
import { loadFullDictionary, rootRecordingStemmer } from './dictionary.ts';
import { ARTICLE_FIELDS, type IndexedArticle } from './fields.ts';
import { PackedTerms, termsRecord } from './packed-terms.ts';
import { PostingsTable } from './postings-table.ts';
import {
  docFile,
  facetFile,
  FACET_KINDS,
  HEAD_FILE,
  PAYLOAD_VERSION,
  rootsFile,
  termFile,
  vocabularyFile,
  type DocFragment,
  type FacetKind,
  type FacetValue,
  type HeadPayload,
  type TermBucket,
} from './payload.ts';
import type { SearchArchive, SearchArticle } from './search-archive.ts';
import { isArrayIndex } from './merge-object-json.ts';
import type { EarlyAnalyses } from '../workers/search-early-analyses.ts';
import type { TermsCache } from '../cache/terms-cache.ts';
import { normaliseToken, rawWords } from './tokenizer.ts';
import { PairPostings, textKeys } from './word-pairs.ts';

export interface BuildOptions {
  /** Bodies analysed while the archive was loading. */
  early?: EarlyAnalyses;
  /** Bodies analysed by earlier builds. */
  terms?: TermsCache;
  /**
   * Whether the caller has document fragment `name` already, made from these `inputs` (by this code): then it is not
   * made, and not in the files returned.
   */
  hasFragment?: (name: string, inputs: string[]) => boolean;
}

/** File path (relative to the payload folder) → content (JSON). */
export type SearchFiles = Map<string, string>;

/** Words long enough, and plain enough, to be offered as the correction of a typo. */
export const TYPO_CANDIDATE = /^[a-z]{3,22}$/;

/** An article as the payload numbers it, with what its part of the payload is made of (besides the registry). */
export interface PayloadDoc {
  article: SearchArticle;
  indexed: ResolvedArticle;
  /**
   * All of its own that the payload holds: what its fragment is made of (title, URL, day, source number, summary and
   * text) and its facet numbers.
   */
  inputs: string[];
}

/** The articles in the payload's order (`byDate`), resolved against the registry. */
export function payloadDocs(archive: SearchArchive): PayloadDoc[] {
  const resolve = entityResolver(archive);
  return byDate(archive.articles).map((article) => {
    const indexed = resolve(article);
    const { title, url, date, summary, text } = article;
    return { article, indexed, inputs: [title, url, date.day, String(indexed.facets.source[0] ?? -1), summary ?? '', text, JSON.stringify(indexed.facets)] };
  });
}

/** The registry as the payload uses it: its entities' names, in registry order (their facet numbers). */
export function registryInputs({ actors, topics, sources }: Pick<SearchArchive, 'actors' | 'topics' | 'sources'>): string {
  return JSON.stringify({ actors, topics, sources });
}

/**
 * What a run of documents adds to the payload: their postings, pairs, field lengths, facet documents, years, the
 * dictionary roots their words reach, and their fragments.
 */
export interface IndexParts {
  /** How many documents. */
  count: number;
  postings: PostingsTable;
  pairs: PairPostings;
  lengths: number[];
  facetDocs: Record<FacetKind, number[][]>;
  years: Array<[number, number]>;
  roots: Set<string>;
  /** The fragments to write, each made when asked for: held whole, they were the largest part of the payload in memory. */
  fragments: Array<[name: string, make: () => string]>;
}

/** Indexes `docs`, numbered from `first`: the whole archive from 0, or the articles appended to a payload. */
export function indexDocs(docs: readonly PayloadDoc[], first: number, options: BuildOptions = {}): IndexParts {
  const stemInto = rootRecordingStemmer(loadFullDictionary());
  const roots = new Set<string>();
  const { early, terms: cache } = options;
  // The bodies' analyses, packed (packed-terms.ts): the pack's numbering is the one the postings and pairs are given
  // every word in, so that a body's words are looked up by their text once per build rather than once per occurrence.
  const bodies = cache?.pack ?? early?.packed ?? new PackedTerms();
  const words = bodies.numbering;
  const analyse = early ? (article: SearchArticle) => early.of(article, bodies) : articleTermsAnalyser(stemInto, bodies);
  const bodyOf = cache ? (article: SearchArticle) => cache.through(article, analyse) : analyse;
  const analyseTitle = createAnalyzer(stemInto(roots), NO_STOPWORDS);
  const analyseName = cachedAnalyzer(createAnalyzer(stemInto(roots), NO_STOPWORDS));
  const analyseToken = createTokenAnalyzer(stemInto(roots));
  const fragmentAnalysis = titleAnalysis(analyseToken);
  const titleKeys = textKeys(analyseToken);
  const parts: IndexParts = {
    count: docs.length,
    postings: new PostingsTable(words),
    pairs: new PairPostings(words),
    lengths: ARTICLE_FIELDS.map(() => 0),
    facetDocs: Object.fromEntries(FACET_KINDS.map((kind) => [kind, [] as number[][]])) as Record<FacetKind, number[][]>,
    years: [],
    roots,
    fragments: [],
  };
  const { postings, pairs, lengths, facetDocs, years } = parts;
  /** Per token's number: its fragment analysis, shared by the documents that have it. */
  const tuples: Array<[token: string, terms: string]> = [];
  // Typed as the bodies' sequences are, so that the pairs read both alike.
  const numberedKeys = (keys: readonly string[]) => Uint32Array.from(keys, (key) => words.number(key));

  docs.forEach(({ article, indexed, inputs }, i) => {
    const doc = first + i;
    const offset = bodyOf(article);
    const { strings } = bodies;
    const body = termsRecord(bodies.view().data, offset);
    for (const root of body.roots) roots.add(strings[root]!);
    pairs.add(doc, numberedKeys(titleKeys(article.title)), body.sequences);
    ARTICLE_FIELDS.forEach((spec, f) => {
      if (spec.name === 'summary' || spec.name === 'body') {
        const { length, terms, counts } = body.fields[spec.name === 'summary' ? 0 : 1]!;
        lengths[f]! += length;
        for (let t = 0; t < terms.length; t++) postings.add(terms[t]!, f, doc, counts[t]!, length);
        return;
      }
      const { length, terms, counts } = countTerms((f === 0 ? analyseTitle : analyseName)(spec.extract(indexed)));
      lengths[f]! += length;
      terms.forEach((term, t) => postings.add(words.number(term), f, doc, counts[t]!, length));
    });

    const year = Number(article.date.day.slice(0, 4));
    if (years.at(-1)?.[0] !== year) years.push([year, doc]);
    for (const kind of FACET_KINDS) for (const n of indexed.facets[kind]) (facetDocs[kind][n] ??= []).push(doc);
    if (options.hasFragment?.(docFile(doc), inputs)) return;
    const source = indexed.facets.source[0] ?? -1;
    parts.fragments.push([docFile(doc), () => fragmentJson(article, source, offset)]);
  });
  return parts;

  /**
   * The fragment of the article whose analysis is at `offset` of the pack. Made when it is written, after every
   * document is indexed: until then a fragment is held as its article and offset, not as its fields and analysis
   * (at 100,000 articles those were hundreds of megabytes of the index thread's heap; docs/performance.md).
   */
  function fragmentJson(article: SearchArticle, source: number, offset: number): string {
    const fragment: Omit<DocFragment, 'analysis'> = {
      title: article.title,
      url: article.url,
      day: article.date.day,
      source,
      ...(article.summary ? { summary: article.summary } : {}),
      text: article.text,
    };
    const { strings } = bodies;
    const body = termsRecord(bodies.view().data, offset).analysis;
    const analysis: Array<[token: string, terms: string]> = [];
    for (let at = 0; at < body.length; at += 2) {
      const token = body[at]!;
      analysis.push((tuples[token] ??= [strings[token]!, strings[body[at + 1]!]!]));
    }
    // The analysis is the last member: its JSON is appended to the rest's.
    return `${JSON.stringify(fragment).slice(0, -1)},"analysis":${fragmentAnalysis(article.title, analysis)}}`;
  }
}

/** The whole payload of an archive. */
export function buildSearchFiles(archive: SearchArchive, options: BuildOptions = {}): SearchFiles {
  return new Map(payloadFiles(archive, indexDocs(payloadDocs(archive), 0, options)));
}

/** Vocabulary files list a word (a typo's likely correction) with its number of postings, most first. */
export const vocabularyOrder = (a: readonly [string, number], b: readonly [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

/** The facet values offered: those that have articles, each keeping its registry number. */
export function offeredFacets(archive: Pick<SearchArchive, 'actors' | 'topics' | 'sources'>, has: (kind: FacetKind, n: number) => boolean): Record<FacetKind, FacetValue[]> {
  // Only values that have articles are offered; each keeps its registry number, so it does not change when another
  // value gains its first article.
  const registry = {
    topic: archive.topics.map((t) => ({ id: t.id, label: t.label.id })),
    actor: archive.actors.map((a) => ({ id: a.id, label: a.name })),
    source: archive.sources.map((s) => ({ id: s.id, label: s.name })),
  };
  const facets = {} as Record<FacetKind, FacetValue[]>;
  for (const kind of FACET_KINDS) facets[kind] = registry[kind].flatMap((value, n) => (has(kind, n) ? [{ ...value, n }] : []));
  return facets;
}

/**
 * The payload of the documents of `parts`, numbered from 0 (all of them), file by file as it is asked for, so that
 * a writer holds a few files at a time rather than the whole payload.
 */
export function* payloadFiles(archive: SearchArchive, parts: IndexParts): Generator<[name: string, json: string]> {
  const { postings, pairs, lengths, facetDocs, years, roots } = parts;
  for (const [name, make] of parts.fragments) yield [name, make()];
  const buckets = bucketCount(postings.size);
  const inBucket: number[][] = Array.from({ length: buckets }, () => []);
  const vocabulary = new Map<string, Array<[string, number]>>();
  for (const n of postings.sorted()) {
    const term = postings.terms[n]!;
    inBucket[bucketOf(term, buckets)]!.push(n);
    if (TYPO_CANDIDATE.test(term)) {
      const initial = initialOf(term);
      if (!vocabulary.has(initial)) vocabulary.set(initial, []);
      vocabulary.get(initial)!.push([term, postings.postingsOf(n)]);
    }
  }
  for (const [n, terms] of inBucket.entries()) {
    const bucket: TermBucket = {};
    for (const term of terms) bucket[postings.terms[term]!] = postings.encode(term);
    yield [termFile(n), JSON.stringify(bucket)];
  }
  yield* pairs.files();
  const initials = [...vocabulary.keys()].sort();
  for (const initial of initials) yield [vocabularyFile(initial), vocabularyJson(vocabulary.get(initial)!)];

  const byEnding = new Map<string, string[]>();
  for (const root of [...roots].sort()) {
    const ending = endingOf(root);
    if (!byEnding.has(ending)) byEnding.set(ending, []);
    byEnding.get(ending)!.push(root);
  }
  const endings = [...byEnding.keys()].sort();
  for (const ending of endings) yield [rootsFile(ending), JSON.stringify(byEnding.get(ending))];

  const facets = offeredFacets(archive, (kind, n) => facetDocs[kind][n] !== undefined);
  for (const kind of FACET_KINDS) for (const { n } of facets[kind]) yield [facetFile(kind, n), JSON.stringify(deltas(facetDocs[kind][n]!))];

  const head: HeadPayload = {
    version: PAYLOAD_VERSION,
    count: parts.count,
    fields: ARTICLE_FIELDS.map((field) => field.name),
    boosts: ARTICLE_FIELDS.map((field) => field.boost),
    lengths,
    buckets,
    pairBuckets: pairs.buckets,
    endings,
    initials,
    facets,
    years,
  };
  yield [HEAD_FILE, JSON.stringify(head)];
}

/** A vocabulary file: its words, most postings first. */
export function vocabularyJson(words: Array<[string, number]>): string {
  return JSON.stringify(words.sort(vocabularyOrder).map(([word]) => word));
}

/**
 * The order of documents, whose positions are their numbers: by day (years are then ranges of numbers), then by
 * time, oldest first, so an article newer than all others is appended. Ties go by id, descending: the exact reverse of
 * the archive's newest-first order, so the client's "newest first" is simply "higher number first".
 */
export function byDate<T extends Pick<SearchArticle, 'id' | 'date'>>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => (a.date.day < b.date.day ? -1 : a.date.day > b.date.day ? 1 : 0) || a.date.timestamp - b.date.timestamp || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

export function deltas(sorted: number[]): number[] {
  return sorted.map((value, i) => (i === 0 ? value : value - sorted[i - 1]!));
}

function cachedAnalyzer(analyze: Analyze): Analyze {
  const cache = new Map<string, string[]>();
  return (text) => {
    let terms = cache.get(text);
    if (!terms) cache.set(text, (terms = analyze(text)));
    return terms;
  };
}

/**
 * The analysis a fragment carries, as JSON: its body's (made with its terms, article-terms.ts) and its title's words,
 * which the index analyses keeping stopwords, and so apart.
 */
function titleAnalysis(analyzeToken: (token: string) => string[]): (title: string, body: ReadonlyArray<[token: string, terms: string]>) => string {
  const byWord = new Map<string, [token: string, terms: string] | undefined>();
  return (title, body) => {
    let added: Array<[string, string]> | undefined;
    for (const word of rawWords(title)) {
      let entry = byWord.get(word);
      if (!byWord.has(word)) {
        const token = normaliseToken(word);
        const analysis = analysisOf(token, token ? analyzeToken(token) : []);
        byWord.set(word, (entry = analysis === undefined ? undefined : [token, analysis]));
      }
      if (entry) (added ??= []).push(entry);
    }
    return analysisJson(added ? withTitle(body, added) : body);
  };
}

/**
 * `[...new Map([...body, ...title])].sort(tokenOrder)` (a token of both takes the title's analysis), merging the body's
 * sorted entries with the title's few rather than sorting them all again.
 */
export function withTitle(body: ReadonlyArray<readonly [string, string]>, title: ReadonlyArray<readonly [string, string]>): Array<readonly [string, string]> {
  const merged: Array<readonly [string, string]> = [];
  let at = 0;
  for (const entry of [...new Map(title)].sort(tokenOrder)) {
    while (at < body.length && body[at]![0] < entry[0]) merged.push(body[at++]!);
    if (at < body.length && body[at]![0] === entry[0]) at++;
    merged.push(entry);
  }
  while (at < body.length) merged.push(body[at++]!);
  return merged;
}

/**
 * `JSON.stringify(Object.fromEntries(sorted))`, written directly: building an object of a few hundred keys per
 * document made the collector and V8's hidden classes the costliest part of the fragments. Where a token is an array
 * index (which an object lists first), the object is built after all, to keep its order.
 */
function analysisJson(sorted: ReadonlyArray<readonly [string, string]>): string {
  let json = '';
  for (const [token, terms] of sorted) {
    if (isArrayIndex(token)) return JSON.stringify(Object.fromEntries(sorted));
    json += `${json ? ',' : ''}${JSON.stringify(token)}:${JSON.stringify(terms)}`;
  }
  return `{${json}}`;
}

/** An article with its entities looked up in the registry, and their facet numbers. */
export type ResolvedArticle = IndexedArticle & { facets: Record<FacetKind, number[]> };

function entityResolver(archive: SearchArchive): (article: SearchArticle) => ResolvedArticle {
  const numbered = <T extends { id: string }>(list: T[]) => new Map(list.map((item, n) => [item.id, [item, n] as const]));
  const actors = numbered(archive.actors);
  const topics = numbered(archive.topics);
  const sources = numbered(archive.sources);
  const found = <T>(entries: Array<readonly [T, number] | undefined>) => entries.filter((entry) => entry !== undefined);
  return (article) => {
    const actorEntries = found(article.actors.map((a) => actors.get(a.id)));
    const topicEntries = found(article.topics.map((t) => topics.get(t.id)));
    const sourceEntry = sources.get(article.source.source.id);
    return {
      title: article.title,
      ...(article.summary ? { summary: article.summary } : {}),
      text: article.text,
      actors: actorEntries.map(([actor]) => actor),
      topics: topicEntries.map(([topic]) => topic),
      source: sourceEntry?.[0],
      facets: {
        actor: actorEntries.map(([, n]) => n),
        topic: topicEntries.map(([, n]) => n),
        source: sourceEntry ? [sourceEntry[1]] : [],
      },
    };
  };
}
