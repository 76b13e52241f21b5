/** `/sitemap.xml` from the page list the site model keeps in step with the templates. */
import type { SiteModel } from '../src/site/site-model.ts';
import { sitemapXml } from '../src/site/sitemap.ts';

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render(data: { site: SiteModel }): string {
  return sitemapXml(data.site.sitemap, data.site.settings);
}
