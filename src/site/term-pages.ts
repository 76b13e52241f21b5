/**
 * Listing pages for topics, actors and sources: each term's articles newest
 * first in pages of PAGE_SIZE; the first page also shows the term's totals,
 * co-mentioned actors and coverage over time (on every page, they would make
 * every page of a term change with each new article).
 */
import type { Archive, Article } from '../content/model.ts';
import type { BarChart } from './chart.ts';
import { byCountThenName, countActors, type TermCount } from './counts.ts';
import { feedLinks, feedSpec, type FeedLinks, type FeedSpec } from './feeds.ts';
import { paginate, type PageChunk } from './paginate.ts';
import { safeHttpUrl } from './safe-url.ts';
import { yearChart, type ChartContext } from './timeline.ts';

export type TermKind = 'topic' | 'actor' | 'source';

export interface TermInfo {
  kind: TermKind;
  id: string;
  name: string;
  url: string;
  description?: string;
  /** Source homepage (http/https only). */
  homepage?: string;
}

export interface TermSummary {
  totalArticles: number;
  /** Actors appearing alongside this actor, or the actors of this topic; empty for sources. */
  relatedActors: TermCount[];
  relatedActorsHeading: string;
  coverage: BarChart;
}

export interface TermListingPage extends PageChunk<Article> {
  term: TermInfo;
  /** The index page this term belongs to (breadcrumb). */
  index: { url: string; label: string };
  /** On the first page only. */
  summary?: TermSummary;
  /** The term's feeds; their entries are in `SiteModel.feeds`. */
  feed: FeedLinks;
}

export interface TermGroup {
  info: TermInfo;
  articles: Article[];
}

/**
 * Every topic, actor and source with its articles (newest first, as the archive is). A term no published article
 * names is left out: it gets no page, no feed and no place in a listing (the production archive holds no drafts).
 */
export function groupTerms(archive: Archive, language: 'id' | 'en'): Record<TermKind, TermGroup[]> {
  const byTerm = new Map<string, Article[]>();
  const add = (key: string, article: Article) => {
    const list = byTerm.get(key);
    if (list) list.push(article);
    else byTerm.set(key, [article]);
  };
  for (const article of archive.articles) {
    for (const topic of article.topics) add(`topic:${topic.id}`, article);
    for (const actor of article.actors) add(`actor:${actor.id}`, article);
    add(`source:${article.source.source.id}`, article);
  }
  const group = (info: TermInfo): TermGroup[] => {
    const articles = byTerm.get(`${info.kind}:${info.id}`);
    return articles ? [{ info, articles }] : [];
  };
  return {
    topic: archive.topics.flatMap((topic) =>
      group({ kind: 'topic', id: topic.id, name: topic.label[language], url: topic.url, description: topic.description }),
    ),
    actor: archive.actors.flatMap((actor) =>
      group({
        kind: 'actor',
        id: actor.id,
        name: actor.name,
        url: actor.url,
        ...(actor.description ? { description: actor.description } : {}),
      }),
    ),
    source: archive.sources.flatMap((source) => {
      const homepage = safeHttpUrl(source.homepage);
      return group({ kind: 'source', id: source.id, name: source.name, url: source.url, ...(homepage ? { homepage } : {}) });
    }),
  };
}

export type TermEntry = TermInfo & TermCount;

export function termCounts(groups: readonly TermGroup[]): TermEntry[] {
  return groups.map(({ info, articles }) => ({ ...info, count: articles.length })).sort(byCountThenName);
}

/** The feed of a topic, actor or source. */
export function termFeed(group: TermGroup, siteTitle: string): FeedSpec {
  return feedSpec(`${group.info.name} — ${siteTitle}`, group.info.url, group.articles);
}

/** `archiveYears`: the years the whole archive spans (`yearSpan`), so that every term's chart has the same axis. */
export function termListingPages(
  group: TermGroup,
  archiveYears: readonly number[],
  context: ChartContext,
  siteTitle: string,
): TermListingPage[] {
  const { info, articles } = group;
  const { strings } = context;
  const summary: TermSummary = {
    totalArticles: articles.length,
    relatedActors: info.kind === 'source' ? [] : countActors(articles, info.kind === 'actor' ? info.id : undefined),
    relatedActorsHeading: info.kind === 'actor' ? strings.appearsWith : strings.actorsInTopic,
    // Titled by what it counts: the section heading above it already says "coverage over time".
    coverage: yearChart(articles, archiveYears, context, { title: strings.articlesPerYear, splitByTopic: false, linked: false }),
  };
  const feed = termFeed(group, siteTitle);
  const index = {
    topic: { url: '/topik/', label: strings.topics },
    actor: { url: '/aktor/', label: strings.actors },
    source: { url: '/sumber/', label: strings.sources },
  }[info.kind];
  return paginate(articles, info.url).map((chunk) => ({
    ...chunk,
    term: info,
    index,
    ...(chunk.number === 1 ? { summary } : {}),
    feed: feedLinks(feed),
  }));
}
