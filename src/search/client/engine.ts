/**
 * The browser's search engine, free of the DOM so it runs in unit tests: it
 * loads the head payload, merges body shards as they arrive, and answers a
 * SearchRequest. Queries never go through Lunr's query parser: the text is
 * analysed with the same pipeline as the build and each term is added with
 * `usePipeline: false`, so no input can raise a QueryParseError.
 */
import lunr from 'lunr';
import { createTokenAnalyzer, NO_STOPWORDS, type AnalyzeToken } from '../analyzer.ts';
import { decodeIndex } from '../index-codec.ts';
import type { DocEntry, FacetValue, HeadPayload, ShardPayload } from '../payload.ts';
import { createStemmer } from '../stemmer.ts';
import { tokenize } from '../tokenizer.ts';
import { hasFilters, type SearchRequest } from './request.ts';

export interface SearchResult {
  doc: DocEntry;
  /** Position in the head's `docs` (oldest first: a higher position is newer). */
  position: number;
  score: number;
  /** Undefined until the doc's body shard is loaded. */
  excerpt?: string;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** Index terms that matched, for highlighting. */
  matchedTerms: Set<string>;
  /** The query's own terms. */
  terms: string[];
  /** True when nothing matched exactly and the results come from a typo-tolerant retry. */
  fuzzy: boolean;
  /** Index terms close to the query's, offered as "did you mean". */
  suggestions: string[];
}

/** Matches in titles count most; names (entities) and bodies less. */
const ENTITY_WEIGHT = 0.5;
const BODY_WEIGHT = 0.5;
const MAX_TERMS = 12;
const MAX_SUGGESTIONS = 5;

interface Hit {
  score: number;
  /** Index terms that matched (for highlighting). */
  terms: Set<string>;
  /** Query terms found. */
  covered: Set<string>;
}

export class SearchEngine {
  readonly analyzeToken: AnalyzeToken;
  /** For queries of stopwords only, which can still name an entity (ANTARA). */
  private readonly analyzeTokenKeepingStopwords: AnalyzeToken;
  readonly docs: DocEntry[];
  readonly facets: HeadPayload['facets'];
  private readonly titles: lunr.Index;
  private readonly entities: lunr.Index;
  /** Entity ref (number) → positions of its articles. */
  private readonly docsByEntity: number[][];
  private readonly bodies: lunr.Index[] = [];
  private readonly excerpts: string[] = [];
  private readonly shardCount: number;

  constructor(head: HeadPayload) {
    const stem = createStemmer(new Set(head.dictionary));
    this.analyzeToken = createTokenAnalyzer(stem);
    this.analyzeTokenKeepingStopwords = createTokenAnalyzer(stem, NO_STOPWORDS);
    this.docs = head.docs;
    this.facets = head.facets;
    this.titles = lunr.Index.load(decodeIndex(head.titles));
    this.entities = lunr.Index.load(decodeIndex(head.entities));
    this.docsByEntity = entityDocs(head);
    this.shardCount = head.shards.length;
  }

  addShard(shard: ShardPayload): void {
    this.bodies.push(lunr.Index.load(decodeIndex(shard.index)));
    shard.excerpts.forEach((excerpt, i) => (this.excerpts[shard.first + i] = excerpt));
  }

  /** All body shards are in: results are final. */
  get complete(): boolean {
    return this.bodies.length >= this.shardCount;
  }

  /** The query's distinct terms (at most MAX_TERMS), as the index spells them. */
  terms(query: string): string[] {
    const tokens = tokenize(query);
    const terms = tokens.flatMap(this.analyzeToken);
    return [...new Set(terms.length ? terms : tokens.flatMap(this.analyzeTokenKeepingStopwords))].slice(0, MAX_TERMS);
  }

  search(request: SearchRequest): SearchOutcome {
    const terms = this.terms(request.q);
    const outcome: SearchOutcome = { results: [], matchedTerms: new Set(), terms, fuzzy: false, suggestions: [] };
    if (terms.length === 0) {
      // Filters alone list the matching articles newest first.
      if (hasFilters(request)) outcome.results = this.filtered(request, this.docs.map((_, i) => [i, 0] as const).reverse());
      return outcome;
    }
    let hits = this.match(terms, false);
    // A word may be in a body shard not loaded yet: no typo guessing before all are in.
    if (hits.size === 0 && this.complete) {
      hits = this.match(terms, true);
      outcome.fuzzy = hits.size > 0;
    }
    const ranked = [...hits].map(([position, hit]) => [position, hit.score] as const);
    outcome.results = this.filtered(request, ranked).sort((a, b) => b.score - a.score || b.position - a.position);
    for (const [, hit] of hits) hit.terms.forEach((term) => outcome.matchedTerms.add(term));
    if (outcome.fuzzy) outcome.suggestions = [...outcome.matchedTerms].filter((t) => !terms.includes(t)).slice(0, MAX_SUGGESTIONS);
    return outcome;
  }

  /** Docs (by position) that contain every query term in their title, entities or body. */
  private match(terms: string[], fuzzy: boolean): Map<number, Hit> {
    const hits = new Map<number, Hit>();
    const itself = (ref: number) => [ref];
    const sources: Array<[lunr.Index, number, (ref: number) => number[]]> = [
      [this.titles, 1, itself],
      [this.entities, ENTITY_WEIGHT, (ref) => this.docsByEntity[ref] ?? []],
      ...this.bodies.map((index): [lunr.Index, number, typeof itself] => [index, BODY_WEIGHT, itself]),
    ];
    for (const [index, weight, docsOf] of sources) {
      for (const term of terms) {
        for (const result of runTerm(index, term, fuzzy)) {
          const matched = Object.keys(result.matchData.metadata);
          for (const position of docsOf(parseInt(result.ref, 36))) {
            const hit = hits.get(position) ?? { score: 0, terms: new Set<string>(), covered: new Set<string>() };
            hit.score += result.score * weight;
            matched.forEach((t) => hit.terms.add(t));
            hit.covered.add(term);
            hits.set(position, hit);
          }
        }
      }
    }
    for (const [position, hit] of hits) if (hit.covered.size < terms.length) hits.delete(position);
    return hits;
  }

  private filtered(request: SearchRequest, ranked: ReadonlyArray<readonly [number, number]>): SearchResult[] {
    const topic = this.facetIndex(this.facets.topics, request.topic);
    const actor = this.facetIndex(this.facets.actors, request.actor);
    const source = this.facetIndex(this.facets.sources, request.source);
    const results: SearchResult[] = [];
    for (const [position, score] of ranked) {
      const doc = this.docs[position];
      if (!doc) continue;
      const year = Number(doc.day.slice(0, 4));
      if (topic !== undefined && !doc.topics.includes(topic)) continue;
      if (actor !== undefined && !doc.actors.includes(actor)) continue;
      if (source !== undefined && doc.source !== source) continue;
      if (request.from !== undefined && year < request.from) continue;
      if (request.to !== undefined && year > request.to) continue;
      results.push({ doc, position, score, excerpt: this.excerpts[position] });
    }
    return results;
  }

  /** -1 for an unknown id (so it filters everything out), undefined for no filter. */
  private facetIndex(values: FacetValue[], id: string): number | undefined {
    return id ? values.findIndex((value) => value.id === id) : undefined;
  }
}

/** Articles of each entity, numbered as the entity index's refs: actors, then topics, then sources. */
function entityDocs(head: HeadPayload): number[][] {
  const { actors, topics } = head.facets;
  const docs = Array.from({ length: actors.length + topics.length + head.facets.sources.length }, (): number[] => []);
  const add = (entity: number, offset: number, position: number) => {
    if (entity >= 0) docs[offset + entity]?.push(position);
  };
  head.docs.forEach((doc, position) => {
    doc.actors.forEach((actor) => add(actor, 0, position));
    doc.topics.forEach((topic) => add(topic, actors.length, position));
    add(doc.source, actors.length + topics.length, position);
  });
  return docs;
}

/** One term against one index; fuzzy terms allow one edit, two for long words. */
function runTerm(index: lunr.Index, term: string, fuzzy: boolean): lunr.Index.Result[] {
  const editDistance = fuzzy ? (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0) : 0;
  if (fuzzy && editDistance === 0) return [];
  return index.query((query) => {
    query.term(term, { usePipeline: false, editDistance, wildcard: lunr.Query.wildcard.NONE });
  });
}
