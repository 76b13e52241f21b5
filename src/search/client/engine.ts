/**
 * The browser's search engine, free of the DOM so it runs in unit tests and in a Web Worker. It reads the payload
 * (payload.ts) through `load`, fetching for a query only the term buckets of its words, the dictionary files its
 * stemming needs, and the fragments of the results shown. Scores are Lunr's: BM25 with the fields' boosts, computed
 * from the raw postings and the head's statistics exactly as `lunr.Builder` and `lunr.Index#query` compute them for
 * one index over the whole archive (test/search/lunr-equivalence.test.ts). The query text is never parsed by Lunr,
 * so no input can raise a QueryParseError.
 */
import { bucketOf, initialOf } from '../buckets.ts';
import {
  docFile,
  facetFile,
  HEAD_FILE,
  PAYLOAD_VERSION,
  rootsFile,
  termFile,
  vocabularyFile,
  type DocFragment,
  type FacetDocs,
  type FacetKind,
  type HeadPayload,
  type TermBucket,
  type TermPostings,
} from '../payload.ts';
import { STOPWORDS } from '../stopwords.ts';
import { correctable, corrections } from './fuzzy.ts';
import { MAX_WORDS, parseQuery, type ParsedQuery } from './query.ts';
import { emptyRequest, hasFilters, type SearchRequest } from './request.ts';
import { fragmentAnalyzer, hasPhrase, show, type Shown } from './snippet.ts';
import { stemmingRound } from './stemming-round.ts';
import { tokenSpans } from '../tokenizer.ts';
import { pairFile, pairsOf, wordKeys, type PairBucket } from '../word-pairs.ts';

export type Load = (path: string) => Promise<unknown>;

/** Per pair of adjacent words, the documents holding it, each with whether its title does. */
type PairDocs = Map<string, ReadonlyMap<number, boolean>>;

export interface SearchResult {
  doc: number;
  /** The score ranking uses. */
  score: number;
  /** The document's score in one Lunr index over the whole archive, for the query's terms. */
  lunrScore: number;
  fragment?: DocFragment;
  shown?: Shown;
}

export interface SearchOutcome {
  /** Every match, best first; the first `count` asked for carry their fragment. */
  results: SearchResult[];
  /** Index terms that matched, for highlighting. */
  matchedTerms: string[];
  /** The query's own terms (none: nothing was searched for). */
  terms: string[];
  /** True when some word had no exact match and was read as a typo of similar index words. */
  fuzzy: boolean;
  /** Those similar words, offered as "did you mean". */
  suggestions: string[];
  /** Phrases are checked in the best-scored documents only (PHRASE_CHECKS): more may exist. */
  truncated: boolean;
}

/** Lunr's BM25 parameters. */
const K1 = 1.2;
const B = 0.75;
/** Rounds of fetching dictionary files while stemming: each new root found may lead the stemmer to ask another. */
const STEM_ROUNDS = 4;
/** How many of the best-scored candidates a phrase is looked for in (each costs a fragment). */
export const PHRASE_CHECKS = 60;
/**
 * How many of the best-scored results are re-ranked by how close together their text holds the query's words, and
 * how much that counts: a document whose text holds the words side by side scores up to 1 + PROXIMITY_WEIGHT times
 * its score. A page of results (view.ts): their fragments are fetched anyway, and the word pairs already rank every
 * match by word order, so re-ranking more (each costs a fragment, and a round of fetches per six) finds little more
 * (docs/search.md).
 */
export const PROXIMITY_CHECKS = 10;
const PROXIMITY_WEIGHT = 2;
/**
 * How much the query's pairs of adjacent words (word-pairs.ts) count in the first ranking: a document holding a share
 * of them scores 1 + PAIR_WEIGHT × that share times its Lunr score, times as much again for the share its title
 * holds; one holding them all comes before the rest.
 */
const PAIR_WEIGHT = 2;
/** The Lunr query boost of a query's stopwords: they count, a little (titles and names hold them). */
export const STOPWORD_BOOST = 0.1;

interface Group {
  terms: string[];
  /** Query stopwords count for scoring but are never required. */
  optional: boolean;
  /** Made of a stopword, which bodies do not index: a document holding every pair of the query meets it too. */
  stopword?: boolean;
  /** The word as typed, for typo tolerance. */
  word: string;
  /** Documents `[from, to)` that meet the group whatever their text (a year's). */
  docs?: [number, number];
}

export class SearchEngine {
  private readonly buckets = new Map<number, Promise<TermBucket>>();
  private readonly pairBuckets = new Map<number, Promise<PairBucket>>();
  private readonly roots = new Map<string, ReadonlySet<string>>();
  private readonly vocabularies = new Map<string, Promise<string[]>>();
  private readonly fragments = new Map<number, Promise<DocFragment>>();
  private readonly facetDocs = new Map<string, Promise<Set<number>>>();
  private readonly endings: ReadonlySet<string>;
  private readonly initials: ReadonlySet<string>;
  /** Analysed query words, by the word. */
  private readonly analysed = new Map<string, string[]>();

  constructor(
    readonly head: HeadPayload,
    private readonly load: Load,
  ) {
    if (head.version !== PAYLOAD_VERSION) throw new Error(`search payload version ${head.version}, expected ${PAYLOAD_VERSION}`);
    this.endings = new Set(head.endings);
    this.initials = new Set(head.initials);
  }

  static async open(load: Load): Promise<SearchEngine> {
    return new SearchEngine((await load(HEAD_FILE)) as HeadPayload, load);
  }

  /** The first and last year of the archive, if any. */
  get yearSpan(): [number, number] | undefined {
    const { years } = this.head;
    return years.length ? [years[0]![0], years.at(-1)![0]] : undefined;
  }

  /**
   * Every match of the request, best first (filters alone: newest first), with fragments and snippets for the first
   * `count`.
   */
  async search(request: SearchRequest, count: number): Promise<SearchOutcome> {
    const query = parseQuery(request.q);
    const groups = await this.groups(query);
    const outcome: SearchOutcome = { results: [], matchedTerms: [], terms: [...new Set(groups.flatMap((g) => g.terms))], fuzzy: false, suggestions: [], truncated: false };
    // Years alone list their articles; beside words, a year is met by the date or by the year in the text.
    const yearsAlone = groups.length === 0 ? query.years : [];
    const range = this.docRange(request, yearsAlone);
    const facets = await this.facetFilter(request);
    const allowed = (doc: number) => doc >= range[0] && doc < range[1] && (!facets || facets.has(doc));

    if (groups.length === 0) {
      // Filters alone (or a year in the query) list the matching articles, newest first.
      if (hasFilters(request) || query.years.length > 0) {
        const docs = facets ? [...facets].filter(allowed).sort((a, b) => b - a) : descending(range);
        outcome.results = docs.map((doc) => ({ doc, score: 0, lunrScore: 0 }));
      }
      await this.attachFragments(outcome, count, new Set());
      return outcome;
    }
    if (query.years.length > 0) {
      const [from, to] = this.docRange(emptyRequest(), query.years);
      groups.push({ terms: [...new Set(query.years.map(String))], optional: false, word: '', docs: [from, to] });
    }

    const excludedTerms = [...new Set((await this.analyse(query.excluded)).flatMap(([, terms]) => terms))];
    const { pairs, phrasePairs } = await this.pairsOf(query);
    const [postings, pairDocs] = await Promise.all([
      this.postingsOf([...groups.flatMap((g) => g.terms), ...excludedTerms]),
      this.pairDocs([...new Set([...pairs, ...phrasePairs.flat()])]),
    ]);
    await this.correctTypos(groups, postings, outcome);

    const excluded = new Set<number>();
    for (const term of excludedTerms) forEachPosting(postings.get(term), (doc) => excluded.add(doc));

    const ranked = this.score(groups, postings, (doc) => allowed(doc) && !excluded.has(doc), holdingAll(pairs, pairDocs));
    if (pairs.length > 0) rankByPairs(ranked, pairs, pairDocs);
    outcome.results = ranked;
    const matched = new Set<string>();
    for (const group of groups) for (const term of group.terms) if (postings.get(term) && ranked.length > 0) matched.add(term);
    outcome.matchedTerms = [...matched];
    if (query.phrases.length > 0) await this.keepPhrases(outcome, query.phrases, phrasePairs, pairDocs);
    const keys = groups.filter((group) => !group.docs).map((group) => group.terms[0]!);
    if (keys.length > 1) await this.rankByProximity(outcome, keys);
    await this.attachFragments(outcome, count, matched);
    return outcome;
  }

  /** The query's words as required groups of terms, and its stopwords as optional ones. */
  private async groups(query: ParsedQuery): Promise<Group[]> {
    const words = [...new Set(query.groups.flat())];
    const analysis = new Map(await this.analyse(words));
    const keeping = new Map(await this.analyse(words.filter((word) => (analysis.get(word) ?? []).length === 0), true));
    const groups: Group[] = [];
    for (const alternatives of query.groups) {
      if (alternatives.length === 1) {
        const word = alternatives[0]!;
        const terms = analysis.get(word) ?? [];
        if (terms.length > 0) groups.push(...terms.map((term) => ({ terms: [term], optional: false, word: terms.length === 1 ? word : term })));
        else if (STOPWORDS.has(word)) groups.push({ terms: keeping.get(word) ?? [word], optional: true, word, stopword: true });
      } else {
        const terms = alternatives.flatMap((word) => analysis.get(word)?.length ? analysis.get(word)! : keeping.get(word) ?? []);
        if (terms.length > 0) groups.push({ terms: [...new Set(terms)], optional: false, word: '' });
      }
    }
    // A query of stopwords only still looks for them (ANTARA is one, in names).
    if (groups.every((group) => group.optional)) for (const group of groups) group.optional = false;
    return groups.slice(0, MAX_WORDS);
  }

  /**
   * `[word, terms]` for each word, stemmed as the build stems (stopwords dropped, unless `keepStopwords`). The
   * stemmer asks the dictionary about candidate roots; the files those live in are fetched and the words stemmed
   * again, until no answer is missing.
   */
  async analyse(words: readonly string[], keepStopwords = false): Promise<Array<[string, string[]]>> {
    const key = (word: string) => `${keepStopwords ? '+' : ''}${word}`;
    const pending = words.filter((word) => !this.analysed.has(key(word)));
    for (let round = 0; pending.length > 0; round++) {
      const { terms, missing } = stemmingRound(pending, this.roots, this.endings, keepStopwords);
      if (missing.size === 0 || round >= STEM_ROUNDS) {
        pending.forEach((word, i) => this.analysed.set(key(word), terms[i]!));
        break;
      }
      await Promise.all(
        [...missing].map(async (ending) => this.roots.set(ending, new Set((await this.load(rootsFile(ending))) as string[]))),
      );
    }
    return words.map((word) => [word, this.analysed.get(key(word)) ?? []]);
  }

  /** Dictionary files fetched before the engine asked for them (by the search page), by ending. */
  holdRoots(files: Readonly<Record<string, readonly string[]>>): void {
    for (const [ending, roots] of Object.entries(files)) if (this.endings.has(ending)) this.roots.set(ending, new Set(roots));
  }

  /**
   * The pairs of adjacent words of the query (an `OR` breaks the sequence), and those of each quoted phrase, keyed as
   * the index keys them (word-pairs.ts).
   */
  private async pairsOf(query: ParsedQuery): Promise<{ pairs: string[]; phrasePairs: string[][] }> {
    const analysis = new Map(await this.analyse([...new Set([...query.sequence.flat(), ...query.phrases.flat()])]));
    const keys = (word: string) => wordKeys(word, analysis.get(word) ?? []);
    return {
      pairs: pairsOf(query.sequence.map((alternatives) => (alternatives.length === 1 ? keys(alternatives[0]!) : undefined))),
      phrasePairs: query.phrases.map((phrase) => pairsOf(phrase.map(keys))),
    };
  }

  /** The documents holding each pair found in the index. */
  private async pairDocs(pairs: readonly string[]): Promise<PairDocs> {
    const found: PairDocs = new Map();
    if (pairs.length === 0) return found;
    const buckets = await Promise.all(pairs.map((pair) => this.pairBucket(bucketOf(pair, this.head.pairBuckets))));
    pairs.forEach((pair, i) => {
      if (!Object.prototype.hasOwnProperty.call(buckets[i]!, pair)) return;
      let value = 0;
      found.set(pair, new Map(buckets[i]![pair]!.map((delta) => ((value += delta), [value >> 1, (value & 1) === 1]))));
    });
    return found;
  }

  private pairBucket(n: number): Promise<PairBucket> {
    return remembered(this.pairBuckets, n, () => this.load(pairFile(n)) as Promise<PairBucket>);
  }

  /** The postings of each term found in the index. */
  private async postingsOf(terms: readonly string[]): Promise<Map<string, TermPostings>> {
    const unique = [...new Set(terms)];
    const buckets = await Promise.all(unique.map((term) => this.bucket(bucketOf(term, this.head.buckets))));
    const found = new Map<string, TermPostings>();
    unique.forEach((term, i) => {
      const postings = Object.prototype.hasOwnProperty.call(buckets[i]!, term) ? buckets[i]![term] : undefined;
      if (postings) found.set(term, postings);
    });
    return found;
  }

  private bucket(n: number): Promise<TermBucket> {
    return remembered(this.buckets, n, () => this.load(termFile(n)) as Promise<TermBucket>);
  }

  /** Words with no exact match are read as typos of the nearest index words, one word at a time. */
  private async correctTypos(groups: Group[], postings: Map<string, TermPostings>, outcome: SearchOutcome): Promise<void> {
    for (const group of groups) {
      if (group.optional || group.terms.some((term) => postings.has(term))) continue;
      const word = group.word;
      if (!correctable(word) || !this.initials.has(initialOf(word))) continue;
      const found = corrections(word, await this.vocabulary(initialOf(word)));
      const stem = group.terms[0];
      if (stem && stem !== word) found.push(...corrections(stem, await this.vocabulary(initialOf(stem))));
      const candidates = [...new Set(found)].slice(0, 3);
      if (candidates.length === 0) continue;
      for (const [term, list] of await this.postingsOf(candidates)) postings.set(term, list);
      group.terms = candidates;
      outcome.fuzzy = true;
      outcome.suggestions.push(...candidates.filter((c) => !outcome.suggestions.includes(c)));
    }
  }

  private vocabulary(initial: string): Promise<string[]> {
    return remembered(this.vocabularies, initial, () =>
      this.initials.has(initial) ? (this.load(vocabularyFile(initial)) as Promise<string[]>) : Promise.resolve([]),
    );
  }

  /**
   * Lunr's score of every document that has every required group, in one index over the whole archive: per field,
   * the sum of the query terms' BM25 weights, times their query boosts, divided by the query vector's length (the
   * square root of the sum of the squared boosts of the query's terms that the index holds). A document `inOrder`
   * (holding the query's words in a row) meets its stopword groups too, which bodies do not index.
   */
  private score(groups: Group[], postings: Map<string, TermPostings>, allowed: (doc: number) => boolean, inOrder: ReadonlySet<number> = new Set()): SearchResult[] {
    const { count, lengths, boosts } = this.head;
    const terms = [...new Set(groups.flatMap((group) => group.terms))].filter((term) => postings.has(term));
    // A term's query boost: a stopword's is small, unless the query has nothing else.
    const boostOf = (term: string) => (groups.every((group) => !group.terms.includes(term) || group.optional) ? STOPWORD_BOOST : 1);
    const sums = new Map<number, number>();
    const covered = new Map<number, number>();
    const required = groups.map((group, g) => (group.optional ? 0 : 2 ** g)).reduce((a, b) => a + b, 0);
    for (const term of terms) {
      const fields = postings.get(term)!;
      const queryBoost = boostOf(term);
      const mask = groups.reduce((bits, group, g) => (!group.optional && group.terms.includes(term) ? bits + 2 ** g : bits), 0);
      const df = fields.reduce((sum, list) => sum + list.length / 3, 0);
      const idf = Math.log(1 + Math.abs((count - df + 0.5) / (df + 0.5)));
      fields.forEach((list, f) => {
        const average = lengths[f]! / count;
        const boost = boosts[f]!;
        let doc = 0;
        for (let i = 0; i < list.length; i += 3) {
          doc += list[i]!;
          const tf = list[i + 1]!;
          // The same operations in the same order as lunr.Builder#createFieldVectors, for the same rounding.
          let weight = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (list[i + 2]! / average)) + tf);
          weight *= boost;
          sums.set(doc, (sums.get(doc) ?? 0) + queryBoost * (Math.round(weight * 1000) / 1000));
          covered.set(doc, (covered.get(doc) ?? 0) | mask);
        }
      });
    }
    const norm = Math.sqrt(terms.reduce((sum, term) => sum + boostOf(term) ** 2, 0));
    const results: SearchResult[] = [];
    const byDocs = groups.map((group, g) => [group.docs, 2 ** g] as const).filter(([docs]) => docs);
    const stopwords = groups.reduce((bits, group, g) => (group.stopword ? bits + 2 ** g : bits), 0);
    for (const doc of inOrder) if (!sums.has(doc)) sums.set(doc, 0);
    for (const [doc, sum] of sums) {
      let bits = covered.get(doc) ?? 0;
      if (inOrder.has(doc)) bits |= stopwords;
      for (const [[from, to], bit] of byDocs as Array<readonly [[number, number], number]>) if (doc >= from && doc < to) bits |= bit;
      if ((bits & required) !== required || !allowed(doc)) continue;
      results.push({ doc, score: sum / norm, lunrScore: sum / norm });
    }
    return results.sort((a, b) => b.score - a.score || b.doc - a.doc);
  }

  /**
   * Keeps the results whose text holds every phrase. Only documents holding every pair of a phrase can hold it, so
   * those are looked in, the best PHRASE_CHECKS of them.
   */
  private async keepPhrases(outcome: SearchOutcome, phrases: string[][], phrasePairs: string[][], pairDocs: PairDocs): Promise<void> {
    const candidates = outcome.results.filter((result) => phrasePairs.every((pairs) => pairs.every((pair) => pairDocs.get(pair)?.has(result.doc))));
    const checked = candidates.slice(0, PHRASE_CHECKS);
    const fragments = await Promise.all(checked.map((result) => this.fragment(result.doc)));
    outcome.truncated = candidates.length > PHRASE_CHECKS;
    outcome.results = checked.filter((_, i) => phrases.every((phrase) => hasPhrase(fragments[i]!, phrase)));
  }

  /** Re-ranks the best PROXIMITY_CHECKS results by how close together their texts hold the query's terms. */
  private async rankByProximity(outcome: SearchOutcome, keys: string[]): Promise<void> {
    const checked = outcome.results.slice(0, PROXIMITY_CHECKS);
    const fragments = await Promise.all(checked.map((result) => this.fragment(result.doc)));
    const together = new Set<SearchResult>();
    checked.forEach((result, i) => {
      const close = proximity(fragments[i]!, keys);
      if (close === 1) together.add(result);
      result.score *= 1 + PROXIMITY_WEIGHT * close;
    });
    // Every word side by side first, then by score. Bonuses only raise scores, so these all stay above the rest.
    checked.sort((a, b) => Number(together.has(b)) - Number(together.has(a)) || b.score - a.score || b.doc - a.doc);
    outcome.results.splice(0, checked.length, ...checked);
  }

  private async attachFragments(outcome: SearchOutcome, count: number, terms: ReadonlySet<string>): Promise<void> {
    const shown = outcome.results.slice(0, count);
    const fragments = await Promise.all(shown.map((result) => this.fragment(result.doc)));
    shown.forEach((result, i) => {
      result.fragment = fragments[i]!;
      result.shown = show(fragments[i]!, terms);
    });
  }

  fragment(doc: number): Promise<DocFragment> {
    return remembered(this.fragments, doc, () => this.load(docFile(doc)) as Promise<DocFragment>);
  }

  /** Documents `[from, to)` within the request's year range and the years given. */
  private docRange(request: SearchRequest, years: number[]): [number, number] {
    let from = request.from ?? -Infinity;
    let to = request.to ?? Infinity;
    if (years.length > 0) {
      from = Math.max(from, Math.min(...years));
      to = Math.min(to, Math.max(...years));
    }
    const first = (year: number) => this.head.years.find(([y]) => y >= year)?.[1] ?? this.head.count;
    return from > to ? [0, 0] : [first(from), to === Infinity ? this.head.count : first(to + 1)];
  }

  /** The documents every facet filter allows, or undefined for no facet filter; an unknown value allows none. */
  private async facetFilter(request: SearchRequest): Promise<Set<number> | undefined> {
    const sets: Array<Set<number>> = [];
    for (const [kind, id] of [['topic', request.topic], ['actor', request.actor], ['source', request.source]] as const) {
      if (!id) continue;
      const n = this.head.facets[kind].find((value) => value.id === id)?.n;
      sets.push(n === undefined ? new Set() : await this.facet(kind, n));
    }
    if (sets.length === 0) return undefined;
    return new Set([...sets[0]!].filter((doc) => sets.every((set) => set.has(doc))));
  }

  private facet(kind: FacetKind, n: number): Promise<Set<number>> {
    const path = facetFile(kind, n);
    return remembered(this.facetDocs, path, () =>
      (this.load(path) as Promise<FacetDocs>).then((deltas) => {
        let doc = 0;
        return new Set(deltas.map((delta) => (doc += delta)));
      }),
    );
  }
}

/** A file's promise, fetched once per key; a failed fetch is forgotten, so the next query tries it again. */
function remembered<K, T>(files: Map<K, Promise<T>>, key: K, fetch: () => Promise<T>): Promise<T> {
  let file = files.get(key);
  if (!file) {
    file = fetch();
    files.set(key, file);
    file.catch(() => files.delete(key));
  }
  return file;
}

/**
 * How close together a fragment's title, summary or text holds the query's terms (stopwords as themselves), from 0
 * to 1: the share of the terms found in the best of them, times that share of the shortest run of words holding them.
 */
export function proximity(fragment: DocFragment, keys: readonly string[]): number {
  const wanted = new Set(keys);
  const analyze = fragmentAnalyzer(fragment);
  let best = 0;
  for (const text of [fragment.title, fragment.summary ?? '', fragment.text]) {
    const hits: Array<[position: number, key: string]> = [];
    tokenSpans(text).forEach((span, position) => {
      const terms = analyze(span.token);
      for (const key of terms.length > 0 ? terms : [span.token]) if (wanted.has(key)) hits.push([position, key]);
    });
    const found = new Set(hits.map(([, key]) => key)).size;
    if (found === 0) continue;
    // The shortest window of positions holding every key found.
    const inWindow = new Map<string, number>();
    let shortest = Infinity;
    for (let start = 0, end = 0; end < hits.length; end++) {
      const [, key] = hits[end]!;
      inWindow.set(key, (inWindow.get(key) ?? 0) + 1);
      while (inWindow.size === found) {
        shortest = Math.min(shortest, hits[end]![0] - hits[start]![0] + 1);
        const [, first] = hits[start++]!;
        const left = inWindow.get(first)! - 1;
        if (left === 0) inWindow.delete(first);
        else inWindow.set(first, left);
      }
    }
    const share = found / wanted.size;
    best = Math.max(best, share * Math.min(1, found / shortest) * share);
  }
  return best;
}

/** The documents holding every one of the pairs (none for no pairs). */
function holdingAll(pairs: readonly string[], pairDocs: PairDocs): Set<number> {
  const lists = pairs.map((pair) => pairDocs.get(pair) ?? new Map<number, boolean>());
  if (lists.length === 0) return new Set();
  return new Set([...lists[0]!.keys()].filter((doc) => lists.every((list) => list.has(doc))));
}

/**
 * Ranks documents by Lunr's score raised by the share of the query's pairs they hold, and again by the share their
 * title holds; those holding them all first.
 */
function rankByPairs(results: SearchResult[], pairs: readonly string[], pairDocs: PairDocs): void {
  const holdsAll = new Set<SearchResult>();
  for (const result of results) {
    let held = 0;
    let inTitle = 0;
    for (const pair of pairs) {
      const title = pairDocs.get(pair)?.get(result.doc);
      if (title === undefined) continue;
      held++;
      if (title) inTitle++;
    }
    if (held === pairs.length) holdsAll.add(result);
    result.score = result.lunrScore * (1 + (PAIR_WEIGHT * held) / pairs.length) * (1 + (PAIR_WEIGHT * inTitle) / pairs.length);
  }
  results.sort((a, b) => Number(holdsAll.has(b)) - Number(holdsAll.has(a)) || b.score - a.score || b.doc - a.doc);
}

function forEachPosting(fields: TermPostings | undefined, visit: (doc: number) => void): void {
  for (const list of fields ?? []) {
    let doc = 0;
    for (let i = 0; i < list.length; i += 3) visit((doc += list[i]!));
  }
}

function descending([from, to]: [number, number]): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => to - 1 - i);
}
