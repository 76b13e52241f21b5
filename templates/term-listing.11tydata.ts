/** Permalink of each topic, actor and source listing page (see the data extension note in .eleventy.ts). */
import type { TermListingPage } from '../src/site/term-pages.ts';

export default { permalink: (data: { listing: TermListingPage }) => data.listing.url };
