/** Links to a feed in both formats: in the head (for feed readers) and as a visible line. */
import type { FeedLinks } from '../../../src/site/feeds.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { UiStrings } from '../../../src/site/i18n.ts';

export function feedHeadLinks(feed: FeedLinks, strings: UiStrings): Html {
  return html`<link rel="alternate" type="application/atom+xml" href="${feed.atomUrl}" title="${feed.title} (${strings.atomFeed})">
  <link rel="alternate" type="application/feed+json" href="${feed.jsonUrl}" title="${feed.title} (${strings.jsonFeed})">`;
}

/** "Feeds: Atom · JSON Feed", each format named once. */
export function feedLine(feed: FeedLinks, strings: UiStrings): Html {
  return html`<p class="feeds">${strings.feeds}: <a href="${feed.atomUrl}">${strings.atom}</a> · <a href="${feed.jsonUrl}">${strings.jsonFeed}</a></p>`;
}
