/** Eleventy data for the templates that write one page per item of a list in the global `pages`. */
import type { PageSelection } from '../../src/site/paged-collections.ts';
import type { SiteModel } from '../../src/site/site-model.ts';

type Item<List extends keyof PageSelection> = PageSelection[List][number];

/** What a page of such a template is rendered from: the site and its item, under `alias`. */
export type PageOf<List extends keyof PageSelection, Alias extends string> = { site: SiteModel } & Record<Alias, Item<List>>;

/** A page for each item of `pages[list]` (src/site/paged-collections.ts), at `url(item)`. */
export function onePagePer<List extends keyof PageSelection, Alias extends string>(list: List, alias: Alias, url: (item: Item<List>) => string) {
  return {
    pagination: { data: `pages.${list}`, size: 1, alias },
    permalink: (data: Record<Alias, Item<List>>) => url(data[alias]),
  };
}
