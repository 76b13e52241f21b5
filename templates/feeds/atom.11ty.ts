/** Atom feeds: the archive's (`/feed.xml`) and one per topic and actor. */
import { atomFeed } from '../../src/site/feeds.ts';
import { onePagePer, type PageOf } from '../_includes/one-page-per.ts';

export const data = { ...onePagePer('feeds', 'feed', (feed) => feed.atomUrl), eleventyExcludeFromCollections: true };

export function render(data: PageOf<'feeds', 'feed'>): string {
  return atomFeed(data.feed, data.site.settings, data.site.newestChange);
}
