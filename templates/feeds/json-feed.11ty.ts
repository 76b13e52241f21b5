/** JSON Feed 1.1: the archive's (`/feed.json`) and one per topic and actor. */
import { jsonFeed, type FeedSpec } from '../../src/site/feeds.ts';
import type { SiteModel } from '../../src/site/site-model.ts';

interface Data {
  site: SiteModel;
  feed: FeedSpec;
}

export const data = {
  pagination: { data: 'pages.feeds', size: 1, alias: 'feed' },
  permalink: (data: Data) => data.feed.jsonUrl,
  eleventyExcludeFromCollections: true,
};

export function render(data: Data): string {
  return jsonFeed(data.feed, data.site.settings);
}
