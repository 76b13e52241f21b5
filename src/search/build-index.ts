/**
 * Turns the typed archive into the search payload (payload.ts): one logical Lunr index over every article
 * (fields.ts), split by term, plus the per-document fragments, the facets and the stemmer's dictionary.
 */
import { createAnalyzer, createTokenAnalyzer, NO_STOPWORDS, type Analyze } from './analyzer.ts';
import { articleTermsAnalyser, countTerms, type ArticleTerms, type FieldTerms } from './article-terms.ts';
import { bucketCount, bucketOf, endingOf, initialOf } from './buckets.ts';
import { loadFullDictionary, rootRecordingStemmer } from './dictionary.ts';
import { ARTICLE_FIELDS, type IndexedArticle } from './fields.ts';
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
import type { EarlyAnalyses } from '../workers/search-early-analyses.ts';
import type { TermsCache } from '../cache/terms-cache.ts';
import { normaliseToken, rawWords } from './tokenizer.ts';
import { PairPostings, textPairs } from './word-pairs.ts';

export interface BuildOptions {
  /** Bodies analysed while the archive was loading. */
  early?: EarlyAnalyses;
  /** Bodies analysed by earlier builds. */
  terms?: TermsCache;
}

/** File path (relative to the payload folder) → content (JSON). */
export type SearchFiles = Map<string, string>;

/** Words long enough, and plain enough, to be offered as the correction of a typo. */
export const TYPO_CANDIDATE = /^[a-z]{3,22}$/;

export function buildSearchFiles(archive: SearchArchive, options: BuildOptions = {}): SearchFiles {
  const stemInto = rootRecordingStemmer(loadFullDictionary());
  const roots = new Set<string>();
  const docs = byDate(archive.articles);
  const { early, terms: cache } = options;
  const analyse = early ? (article: SearchArticle) => early.of(article) : articleTermsAnalyser(stemInto);
  const analyseBody = cache ? (article: SearchArticle) => cache.through(article, analyse) : analyse;
  const analyseTitle = createAnalyzer(stemInto(roots), NO_STOPWORDS);
  const analyseName = cachedAnalyzer(createAnalyzer(stemInto(roots), NO_STOPWORDS));
  const analyseToken = createTokenAnalyzer(stemInto(roots));
  const fragmentAnalysis = wordAnalysis(analyseToken);
  const titlePairs = textPairs(analyseToken);
  const pairs = new PairPostings();
  const resolve = entityResolver(archive);

  const files: SearchFiles = new Map();
  const fieldCount = ARTICLE_FIELDS.length;
  const lengths = ARTICLE_FIELDS.map(() => 0);
  /** Term → per field, flat (doc, count, length) triples, docs ascending. */
  const postings = new Map<string, number[][]>();
  let postingCount = 0;
  const facetDocs = Object.fromEntries(FACET_KINDS.map((kind) => [kind, [] as number[][]])) as Record<FacetKind, number[][]>;
  const years: Array<[number, number]> = [];

  docs.forEach((article, doc) => {
    const indexed = resolve(article);
    const body: ArticleTerms = analyseBody(article);
    body.roots.forEach((root) => roots.add(root));
    pairs.add(doc, titlePairs(article.title), body.pairs);
    const fields: FieldTerms[] = ARTICLE_FIELDS.map((spec, f) => {
      if (spec.name === 'summary') return body.fields[0]!;
      if (spec.name === 'body') return body.fields[1]!;
      return countTerms((f === 0 ? analyseTitle : analyseName)(spec.extract(indexed)));
    });
    fields.forEach(({ length, terms, counts }, f) => {
      lengths[f]! += length;
      terms.forEach((term, i) => {
        let perField = postings.get(term);
        if (!perField) postings.set(term, (perField = Array.from({ length: fieldCount }, (): number[] => [])));
        perField[f]!.push(doc, counts[i]!, length);
        postingCount++;
      });
    });

    const year = Number(article.date.day.slice(0, 4));
    if (years.at(-1)?.[0] !== year) years.push([year, doc]);
    for (const kind of FACET_KINDS) for (const n of indexed.facets[kind]) (facetDocs[kind][n] ??= []).push(doc);
    const fragment: DocFragment = {
      title: article.title,
      url: article.url,
      day: article.date.day,
      source: indexed.facets.source[0] ?? -1,
      ...(article.summary ? { summary: article.summary } : {}),
      text: article.text,
      analysis: fragmentAnalysis([article.title, article.summary ?? '', article.text]),
    };
    files.set(docFile(doc), JSON.stringify(fragment));
  });

  const buckets = bucketCount(postingCount);
  const bucketTerms: TermBucket[] = Array.from({ length: buckets }, () => ({}));
  const vocabulary = new Map<string, Array<[string, number]>>();
  for (const term of [...postings.keys()].sort()) {
    const perField = postings.get(term)!;
    bucketTerms[bucketOf(term, buckets)]![term] = encodePostings(perField);
    if (TYPO_CANDIDATE.test(term)) {
      const initial = initialOf(term);
      if (!vocabulary.has(initial)) vocabulary.set(initial, []);
      vocabulary.get(initial)!.push([term, perField.reduce((sum, list) => sum + list.length / 3, 0)]);
    }
  }
  bucketTerms.forEach((bucket, n) => files.set(termFile(n), JSON.stringify(bucket)));
  for (const [name, json] of pairs.files()) files.set(name, json);
  const initials = [...vocabulary.keys()].sort();
  for (const initial of initials) {
    // Most frequent first: a typo is corrected to the likelier word.
    const words = vocabulary.get(initial)!.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
    files.set(vocabularyFile(initial), JSON.stringify(words));
  }

  const byEnding = new Map<string, string[]>();
  for (const root of [...roots].sort()) {
    const ending = endingOf(root);
    if (!byEnding.has(ending)) byEnding.set(ending, []);
    byEnding.get(ending)!.push(root);
  }
  const endings = [...byEnding.keys()].sort();
  for (const ending of endings) files.set(rootsFile(ending), JSON.stringify(byEnding.get(ending)));

  // Only values that have articles are offered; each keeps its registry number, so it does not change when another
  // value gains its first article.
  const registry = {
    topic: archive.topics.map((t) => ({ id: t.id, label: t.label.id })),
    actor: archive.actors.map((a) => ({ id: a.id, label: a.name })),
    source: archive.sources.map((s) => ({ id: s.id, label: s.name })),
  };
  const facets = {} as Record<FacetKind, FacetValue[]>;
  for (const kind of FACET_KINDS) {
    facets[kind] = registry[kind].flatMap((value, n) => (facetDocs[kind][n] ? [{ ...value, n }] : []));
    for (const { n } of facets[kind]) files.set(facetFile(kind, n), JSON.stringify(deltas(facetDocs[kind][n]!)));
  }

  const head: HeadPayload = {
    version: PAYLOAD_VERSION,
    count: docs.length,
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
  files.set(HEAD_FILE, JSON.stringify(head));
  return files;
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

/** Per field, `[doc − previous doc, count, length, …]`, without trailing empty fields. */
function encodePostings(perField: number[][]): number[][] {
  const encoded = perField.map((triples) => {
    const out = triples.slice();
    for (let i = out.length - 3; i > 0; i -= 3) out[i]! -= out[i - 3]!;
    return out;
  });
  while (encoded.length > 0 && encoded.at(-1)!.length === 0) encoded.pop();
  return encoded;
}

function deltas(sorted: number[]): number[] {
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

/** The analysis a fragment carries: its words whose terms are not the word itself. */
function wordAnalysis(analyzeToken: (token: string) => string[]): (texts: string[]) => Record<string, string> {
  const byWord = new Map<string, [token: string, terms: string | undefined]>();
  return (texts) => {
    const analysis: Record<string, string> = {};
    for (const text of texts) {
      for (const word of rawWords(text)) {
        let entry = byWord.get(word);
        if (!entry) {
          const token = normaliseToken(word);
          const terms = token ? analyzeToken(token) : [];
          entry = [token, terms.length === 1 && terms[0] === token ? undefined : terms.join(' ')];
          byWord.set(word, entry);
        }
        if (entry[1] !== undefined && entry[0]) analysis[entry[0]] = entry[1];
      }
    }
    return Object.fromEntries(Object.keys(analysis).sort().map((token) => [token, analysis[token]!]));
  };
}

/** An article with its entities looked up in the registry, and their facet numbers. */
function entityResolver(archive: SearchArchive): (article: SearchArticle) => IndexedArticle & { facets: Record<FacetKind, number[]> } {
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
