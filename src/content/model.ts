/**
 * The archive's typed model: defined once here, produced by `loadArchive`
 * (src/content/load.ts) and consumed by the site (.eleventy.ts, templates/)
 * and the search index (src/search/). Everything is plain, acyclic data so it
 * can cross worker threads and Eleventy's data cascade unchanged.
 */

export type ActorKind = 'person' | 'country' | 'organisation';

export interface Actor {
  /** URL-safe identifier, e.g. `sergey-lavrov`. */
  id: string;
  /** Canonical display name, e.g. `Sergey Lavrov`. */
  name: string;
  kind: ActorKind;
  /** Other spellings that normalise to this actor (`Lavrov`, `Sergei Lavrov`). */
  aliases: string[];
  /** Offices held for a term (`Menteri Luar Negeri Rusia` from 2004): their titles name the actor only within it. */
  roles?: Role[];
  description?: string;
  /** Site-relative URL of the actor's page, e.g. `/aktor/sergey-lavrov/`. */
  url: string;
}

export interface Role {
  title: string;
  /** Other ways the title is written, e.g. `Menlu RI`. */
  aliases: string[];
  /** First and last year of the term; no `to` while it lasts. */
  from: number;
  to?: number;
}

export interface Topic {
  /** Slug, e.g. `kontraterorisme`. */
  id: string;
  label: { en: string; id: string };
  description: string;
  /** Words that suggest the topic when importing raw text (case-insensitive). */
  keywords: string[];
  url: string;
}

export interface Source {
  id: string;
  name: string;
  homepage?: string;
  aliases: string[];
  url: string;
}

/**
 * A calendar date as the article states it, with an optional time of day.
 * `day` is the date in the article's own time zone, so showing it never
 * drifts by a day whatever the reader's zone is.
 */
export interface ArticleDate {
  /** ISO 8601: `2017-08-09` or `2017-01-31T14:44:00+07:00`. */
  iso: string;
  /** `YYYY-MM-DD` in the article's time zone. */
  day: string;
  year: number;
  /** 1–12. */
  month: number;
  hasTime: boolean;
  /** Milliseconds since the epoch (date-only values count from 00:00 WIB); for sorting only. */
  timestamp: number;
}

/** The citation of where an article was published. */
export interface ArticleSource {
  source: Source;
  /** Link to the original article (http/https only). */
  url?: string;
  author?: string;
}

/** A small, cycle-free reference to another article (related, previous, next). */
export interface ArticleLink {
  id: string;
  title: string;
  url: string;
  date: ArticleDate;
}

/** The picture of an article: alt text is required, a credit optional. */
export interface ArticleImage {
  /** An http(s) URL, or a file's path relative to the content folder (POSIX separators). */
  src: string;
  alt: string;
  credit?: string;
  /** Of a file in the content folder: its bytes' cache key and its size in pixels. A URL's size is not known. */
  file?: { key: string; width: number; height: number };
}

export interface Article {
  /** Stable identifier, equal to the slug; the search index's ref. */
  id: string;
  slug: string;
  /** Site-relative URL, e.g. `/artikel/2017-08-09-rusia-indonesia-isis/`. */
  url: string;
  /** Path of the Markdown file relative to the content folder (POSIX separators). */
  sourcePath: string;
  /** SHA-1 of the Markdown file's bytes: it changes whenever the file does. */
  sourceHash: string;
  title: string;
  date: ArticleDate;
  updated?: ArticleDate;
  source: ArticleSource;
  actors: Actor[];
  topics: Topic[];
  /** BCP 47 language tag of the body, `id` by default. */
  language: string;
  summary?: string;
  image?: ArticleImage;
  draft: boolean;
  /** Sanitised HTML of the body. */
  html: string;
  /** Plain text of the body (for search and excerpts). */
  text: string;
  /** The summary, or the opening of the body. */
  excerpt: string;
  wordCount: number;
  readingMinutes: number;
  related: ArticleLink[];
  /** The next older article. */
  previous?: ArticleLink;
  /** The next newer article. */
  next?: ArticleLink;
}

export interface Archive {
  /** Newest first. */
  articles: Article[];
  actors: Actor[];
  topics: Topic[];
  sources: Source[];
}
