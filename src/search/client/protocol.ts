/** Messages between the search page (main.ts) and its worker (worker.ts). Everything in them is plain data. */
import type { FacetKind, FacetValue } from '../payload.ts';
import type { Piece } from './highlight.ts';
import type { SearchRequest } from './request.ts';

/** The first message: where the index is, its head and the dictionary files the page fetched (first-roots.ts). */
export interface StartWorker {
  indexUrl: string;
  head: unknown;
  roots: Record<string, string[]>;
}

export interface ToWorker {
  id: number;
  request: SearchRequest;
  /** How many results to show (with their fragments). */
  count: number;
}

export interface ShownResult {
  url: string;
  day: string;
  source: string;
  title: Piece[];
  snippet: Piece[];
}

export interface ShownOutcome {
  /** Whether the query had words to search for. */
  searched: boolean;
  total: number;
  results: ShownResult[];
  fuzzy: boolean;
  suggestions: string[];
  /** Phrases were looked for in the best matches only. */
  truncated: boolean;
}

export type FromWorker =
  | { ready: { facets: Record<FacetKind, FacetValue[]>; years?: [number, number] } }
  | { id: number; outcome: ShownOutcome }
  | { id: number; error: string }
  | { failed: string };
