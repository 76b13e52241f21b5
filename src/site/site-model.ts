/**
 * Everything the templates show, computed once from the Archive: Eleventy
 * receives this as the global `site` and templates only loop and print.
 */
import type { ActorKind, Archive, Article } from '../content/model.ts';
import { aboutPage, type AboutPage } from './about.ts';
import type { BarChart } from './chart.ts';
import { countActors, type TermCount } from './counts.ts';
import { feedSpec, newestChange, type FeedSpec } from './feeds.ts';
import { uiStrings, type UiStrings } from './i18n.ts';
import { pageImage, type PageImage } from './article-image.ts';
import { articleJsonLd, serialiseJsonForScript } from './json-ld.ts';
import { markPhotoCaptions } from './photo-caption.ts';
import { absoluteUrl, assertSafePermalink, safeHttpUrl } from './safe-url.ts';
import type { SiteSettings } from './settings.ts';
import { lastModified, type SitemapEntry } from './sitemap.ts';
import { groupTerms, termCounts, termFeed, termListingPages, type TermEntry, type TermListingPage } from './term-pages.ts';
import { buildTimeline, yearChart, yearSpan, type ChartContext, type Timeline } from './timeline.ts';

const HOME_ARTICLES = 10;
const HOME_ACTORS = 12;

export interface ArticlePage {
  article: Article;
  canonicalUrl: string;
  /** Link to the original publication (http/https only). */
  originalUrl?: string;
  /** Topic names in the interface language. */
  topics: { name: string; url: string }[];
  image?: PageImage;
  /** The article's HTML as the page shows it: photo captions without a photo marked as such (src/site/photo-caption.ts). */
  bodyHtml: string;
  /** NewsArticle JSON-LD, already escaped for an inline script. */
  jsonLd: string;
}

export interface ActorKindGroup {
  kind: ActorKind;
  label: string;
  actors: TermEntry[];
}

export interface SiteModel {
  settings: SiteSettings;
  strings: UiStrings;
  /** Open Graph locale, e.g. `id_ID`. */
  ogLocale: string;
  mainFeed: FeedSpec;
  home: { latest: Article[]; topics: TermEntry[]; actors: TermCount[]; chart: BarChart };
  articles: ArticlePage[];
  topics: TermEntry[];
  actorGroups: ActorKindGroup[];
  sources: TermEntry[];
  listingPages: TermListingPage[];
  timeline: Timeline;
  /** Archive feed plus one per topic, actor and source. */
  feeds: FeedSpec[];
  sitemap: SitemapEntry[];
  /** The archive's newest change (RFC 3339): `updated` of feeds without entries. */
  newestChange: string;
  about: AboutPage;
}

const KIND_ORDER: ActorKind[] = ['person', 'country', 'organisation'];

function articlePage(article: Article, settings: SiteSettings): ArticlePage {
  assertSafePermalink(article.url);
  const originalUrl = safeHttpUrl(article.source.url);
  const image = article.image && pageImage(article.image, settings);
  return {
    article,
    ...(image ? { image } : {}),
    canonicalUrl: absoluteUrl(settings, article.url),
    ...(originalUrl ? { originalUrl } : {}),
    topics: article.topics.map((topic) => ({ name: topic.label[settings.language], url: topic.url })),
    // Made when the page is rendered, which reads each once, and not kept: an incremental build renders few article
    // pages, and kept, they were a large part of a full build's memory (docs/performance.md).
    get jsonLd() {
      return serialiseJsonForScript(articleJsonLd(article, settings));
    },
    get bodyHtml() {
      return markPhotoCaptions(article.html);
    },
  };
}

export function buildSiteModel(archive: Archive, settings: SiteSettings): SiteModel {
  const strings = uiStrings(settings.language);
  const context: ChartContext = { topics: archive.topics, language: settings.language, strings };
  const { articles } = archive;
  const groups = groupTerms(archive, settings.language);
  const allGroups = [...groups.topic, ...groups.actor, ...groups.source];

  const years = yearSpan(articles);
  const listingPages = allGroups.flatMap((group) => termListingPages(group, years, context, settings.title));
  listingPages.forEach((page) => assertSafePermalink(page.url));

  const actorEntries = termCounts(groups.actor);
  const kindOf = new Map(archive.actors.map((actor) => [actor.id, actor.kind]));
  const actorGroups = KIND_ORDER.map((kind) => ({
    kind,
    label: strings.kind[kind],
    actors: actorEntries.filter((entry) => kindOf.get(entry.id) === kind).sort((a, b) => a.name.localeCompare(b.name, 'id')),
  })).filter((group) => group.actors.length > 0);

  const timeline = buildTimeline(articles, context);
  const mainFeed = feedSpec(settings.title, '/', articles);
  const newest = lastModified(articles);
  const termLastmod = new Map(allGroups.map((group) => [group.info.url, lastModified(group.articles)]));

  const sitemap: SitemapEntry[] = [
    ...['/', '/topik/', '/aktor/', '/sumber/', '/linimasa/'].map((url) => ({ url, lastmod: newest })),
    { url: '/tentang/' },
    ...articles.map((article) => ({ url: article.url, lastmod: lastModified([article]) })),
    ...listingPages.map((page) => ({ url: page.url, lastmod: termLastmod.get(page.term.url) })),
    ...timeline.yearPages.map((page) => ({ url: page.url, lastmod: lastModified(page.items) })),
    ...timeline.months.map((month) => ({ url: month.url, lastmod: lastModified(month.articles) })),
    { url: '/search/' },
  ];

  return {
    settings,
    strings,
    ogLocale: settings.language === 'id' ? 'id_ID' : 'en_US',
    mainFeed,
    home: {
      latest: articles.slice(0, HOME_ARTICLES),
      topics: termCounts(groups.topic),
      actors: countActors(articles).slice(0, HOME_ACTORS),
      chart: yearChart(articles, years, context, {
        title: strings.articlesPerYear,
        splitByTopic: true,
        linked: true,
      }),
    },
    articles: articles.map((article) => articlePage(article, settings)),
    topics: termCounts(groups.topic),
    actorGroups,
    sources: termCounts(groups.source),
    listingPages,
    timeline,
    feeds: [mainFeed, ...allGroups.map((group) => termFeed(group, settings.title))],
    sitemap,
    newestChange: newestChange(articles) ?? new Date(0).toISOString(),
    about: aboutPage(settings),
  };
}
