/** Atom feeds: the archive's (`/feed.xml`) and one per topic and actor. */
import { atomFeed, type FeedSpec } from '../../src/site/feeds.ts';
import type { SiteModel } from '../../src/site/site-model.ts';

interface Data {
  site: SiteModel;
  feed: FeedSpec;
}

export const data = {
  pagination: { data: 'pages.feeds', size: 1, alias: 'feed' },
  permalink: (data: Data) => data.feed.atomUrl,
  eleventyExcludeFromCollections: true,
};

export function render(data: Data): string {
  return atomFeed(data.feed, data.site.settings, data.site.newestChange);
}
