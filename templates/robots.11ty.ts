/** `/robots.txt`: everything may be crawled; points at the sitemap. */
import type { SiteModel } from '../src/site/site-model.ts';
import { robotsTxt } from '../src/site/sitemap.ts';

export const data = { permalink: '/robots.txt', eleventyExcludeFromCollections: true };

export function render(data: { site: SiteModel }): string {
  return robotsTxt(data.site.settings);
}
