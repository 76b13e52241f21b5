/** JSON Feed 1.1: the archive's (`/feed.json`) and one per topic and actor. */
import { jsonFeed } from '../../src/site/feeds.ts';
import { onePagePer, type PageOf } from '../_includes/one-page-per.ts';

export const data = { ...onePagePer('feeds', 'feed', (feed) => feed.jsonUrl), eleventyExcludeFromCollections: true };

export function render(data: PageOf<'feeds', 'feed'>): string {
  return jsonFeed(data.feed, data.site.settings);
}
