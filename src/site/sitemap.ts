/** sitemaps.org 0.9 `sitemap.xml`; `lastmod` comes from article dates, never from file times. */
import type { Article } from '../content/model.ts';
import { rfc3339 } from './format-date.ts';
import { absoluteUrl } from './safe-url.ts';
import type { SiteSettings } from './settings.ts';
import { escapeXml } from './xml.ts';

export interface SitemapEntry {
  url: string;
  /** W3C datetime (`2017-08-09` or with time and offset); absent when the page has no articles. */
  lastmod?: string;
}

/**
 * The newest `updated`/`date` among the articles a page shows: the calendar
 * day for date-only values, the full instant (with seconds, as xsd:dateTime
 * requires) when the content gives a time.
 */
export function lastModified(articles: readonly Article[]): string | undefined {
  let newest: Article['date'] | undefined;
  for (const article of articles) {
    const changed = article.updated ?? article.date;
    if (!newest || changed.timestamp > newest.timestamp) newest = changed;
  }
  if (!newest) return undefined;
  return newest.hasTime ? rfc3339(newest) : newest.day;
}

export function sitemapXml(entries: readonly SitemapEntry[], settings: SiteSettings): string {
  const urls = entries.map((entry) =>
    [
      '  <url>',
      `    <loc>${escapeXml(absoluteUrl(settings, entry.url))}</loc>`,
      entry.lastmod ? `    <lastmod>${escapeXml(entry.lastmod)}</lastmod>` : '',
      '  </url>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(settings: SiteSettings): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(settings, '/sitemap.xml')}\n`;
}
