/** Atom 1.0 and JSON Feed 1.1 documents for the archive and for each topic and actor. */
import type { Article } from '../content/model.ts';
import { rfc3339 } from './format-date.ts';
import { absoluteUrl, safeHttpUrl } from './safe-url.ts';
import type { SiteSettings } from './settings.ts';
import { escapeXml } from './xml.ts';

/** Feeds carry the newest entries only; the pages hold the whole archive. */
const FEED_SIZE = 50;

export interface FeedSpec {
  title: string;
  /** Site path of the HTML page the feed mirrors. */
  pageUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** Newest first. */
  articles: Article[];
}

/** What a page needs to link a feed. */
export type FeedLinks = Omit<FeedSpec, 'articles'>;

export function feedLinks({ articles: _articles, ...links }: FeedSpec): FeedLinks {
  return links;
}

export function feedSpec(title: string, pageUrl: string, articles: readonly Article[]): FeedSpec {
  return {
    title,
    pageUrl,
    atomUrl: `${pageUrl}feed.xml`,
    jsonUrl: `${pageUrl}feed.json`,
    articles: articles.slice(0, FEED_SIZE),
  };
}

function lastChange(article: Article): string {
  return rfc3339(article.updated ?? article.date);
}

/** The newest `updated`/`date` among the articles as an RFC 3339 instant, undefined for none. */
export function newestChange(articles: readonly Article[]): string | undefined {
  let newest: number | undefined;
  for (const article of articles) {
    const stamp = (article.updated ?? article.date).timestamp;
    if (newest === undefined || stamp > newest) newest = stamp;
  }
  return newest === undefined ? undefined : new Date(newest).toISOString();
}

/** `fallbackUpdated` is the feed's `updated` when it has no entries (Atom requires one). */
export function atomFeed(spec: FeedSpec, settings: SiteSettings, fallbackUpdated: string): string {
  const page = absoluteUrl(settings, spec.pageUrl);
  const entries = spec.articles.map((article) => {
    const url = absoluteUrl(settings, article.url);
    const original = safeHttpUrl(article.source.url);
    const author = article.source.author ?? article.source.source.name;
    return [
      '  <entry>',
      `    <title>${escapeXml(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      original ? `    <link rel="related" type="text/html" href="${escapeXml(original)}"/>` : '',
      `    <id>${escapeXml(url)}</id>`,
      `    <published>${rfc3339(article.date)}</published>`,
      `    <updated>${lastChange(article)}</updated>`,
      `    <author><name>${escapeXml(author)}</name></author>`,
      ...article.topics.map((topic) => `    <category term="${escapeXml(topic.id)}" label="${escapeXml(topic.label.id)}"/>`),
      `    <summary>${escapeXml(article.excerpt)}</summary>`,
      `    <content type="html" xml:lang="${escapeXml(article.language)}">${escapeXml(article.html)}</content>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${settings.language}" xml:base="${escapeXml(absoluteUrl(settings, '/'))}">`,
    `  <title>${escapeXml(spec.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(settings, spec.atomUrl))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    `  <id>${escapeXml(page)}</id>`,
    `  <updated>${newestChange(spec.articles) ?? fallbackUpdated}</updated>`,
    `  <author><name>${escapeXml(settings.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function jsonFeed(spec: FeedSpec, settings: SiteSettings): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: spec.title,
    home_page_url: absoluteUrl(settings, spec.pageUrl),
    feed_url: absoluteUrl(settings, spec.jsonUrl),
    language: settings.language,
    authors: [{ name: settings.title }],
    items: spec.articles.map((article) => {
      const original = safeHttpUrl(article.source.url);
      return {
        id: absoluteUrl(settings, article.url),
        url: absoluteUrl(settings, article.url),
        ...(original ? { external_url: original } : {}),
        title: article.title,
        content_html: article.html,
        summary: article.excerpt,
        date_published: rfc3339(article.date),
        date_modified: lastChange(article),
        authors: [{ name: article.source.author ?? article.source.source.name }],
        tags: article.topics.map((topic) => topic.label.id),
        language: article.language,
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
