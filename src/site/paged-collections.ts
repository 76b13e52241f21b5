/**
 * The templates that write one page per item: articles, term listings, years, months and feeds. Eleventy paginates over a
 * `PageSelection` (global `pages`), which is every item for `serve` and a clean build, and only the items whose
 * data changed for an incremental build (src/output). `pagedOutputs` says what each page is made of, so the two
 * can never disagree about which data a page depends on.
 */
import { feedLinks, type FeedSpec } from './feeds.ts';
import type { ArticlePage, SiteModel } from './site-model.ts';
import type { TermListingPage } from './term-pages.ts';
import type { TimelineMonth, YearPage } from './timeline.ts';

export interface PageSelection {
  articles: ArticlePage[];
  listingPages: TermListingPage[];
  years: YearPage[];
  months: TimelineMonth[];
  feeds: FeedSpec[];
}

export function allPages(site: SiteModel): PageSelection {
  return { articles: site.articles, listingPages: site.listingPages, years: site.timeline.yearPages, months: site.timeline.months, feeds: site.feeds };
}

/** One paginated item: the URLs its template writes and everything besides `sharedPageData` that they show. */
export interface PagedOutput {
  collection: keyof PageSelection;
  item: PageSelection[keyof PageSelection][number];
  urls: string[];
  data: unknown;
}

export function pagedOutputs(site: SiteModel): PagedOutput[] {
  const pages = allPages(site);
  return [
    ...pages.articles.map((page) => {
      // The rest of an ArticlePage is derived from the article and the settings. Links to other articles are not
      // part of an article's own fingerprint (src/output/fingerprint.ts).
      const { article } = page;
      const data = { article, related: article.related, previous: article.previous, next: article.next };
      return { collection: 'articles' as const, item: page, urls: [article.url], data };
    }),
    ...pages.listingPages.map((page) => ({ collection: 'listingPages' as const, item: page, urls: [page.url], data: page })),
    ...pages.years.map((page) => ({ collection: 'years' as const, item: page, urls: [page.url], data: page })),
    ...pages.months.map((month) => ({ collection: 'months' as const, item: month, urls: [month.url], data: month })),
    // Only feeds without entries show the archive's newest change (as their `updated`).
    ...pages.feeds.map((feed) => ({
      collection: 'feeds' as const,
      item: feed,
      urls: [feed.atomUrl, feed.jsonUrl],
      data: feed.articles.length ? { feed } : { feed, newestChange: site.newestChange },
    })),
  ];
}

/**
 * What every paginated page may show besides its own item: the whole model minus the archive-wide collections
 * (which no paginated template reads). A field added to SiteModel is shared until listed here, so forgetting it
 * costs a full rebuild, never a stale page.
 */
export function sharedPageData(site: SiteModel): unknown {
  const {
    articles: _articles,
    listingPages: _listingPages,
    timeline: _timeline,
    feeds: _feeds,
    home: _home,
    topics: _topics,
    actorGroups: _actorGroups,
    sources: _sources,
    sitemap: _sitemap,
    newestChange: _newestChange,
    about: _about,
    mainFeed,
    ...shared
  } = site;
  // Layouts link the archive feed; its entries are not shown on other pages.
  return { ...shared, mainFeed: feedLinks(mainFeed) };
}
