/**
 * Splits a newest-first list into numbered pages: `/base/`, `/base/halaman/2/`, … Pages are cut from the oldest
 * end, and the first page takes the newest `size` to `2 × size − 1` items, so a new article changes the first page
 * only; the others change when the page count does, once every `size` articles.
 */

export const PAGE_SIZE = 20;

export interface PageLink {
  number: number;
  url: string;
  current: boolean;
  /** Pages are left out between this link and the one before it. */
  gapBefore: boolean;
}

/** Pages linked on either side of the current one, besides the first and the last. */
const LINKED_AROUND = 2;

export interface PageChunk<T> {
  items: T[];
  number: number;
  count: number;
  url: string;
  previousUrl?: string;
  nextUrl?: string;
  pages: PageLink[];
}

export function pageUrl(baseUrl: string, number: number): string {
  return number === 1 ? baseUrl : `${baseUrl}halaman/${number}/`;
}

/** Always at least one page, so an empty list still has its page. */
export function paginate<T>(items: T[], baseUrl: string, size = PAGE_SIZE): PageChunk<T>[] {
  const count = Math.max(1, Math.floor(items.length / size));
  const first = items.length - (count - 1) * size;
  const urls = Array.from({ length: count }, (_, index) => pageUrl(baseUrl, index + 1));
  return urls.map((url, index) => ({
    items: index === 0 ? items.slice(0, first) : items.slice(first + (index - 1) * size, first + index * size),
    number: index + 1,
    count,
    url,
    previousUrl: urls[index - 1],
    nextUrl: urls[index + 1],
    pages: pageLinks(urls, index),
  }));
}

/**
 * The first, the last and the pages around the current one: listing every page made each page's size, and the
 * work of building a term's pages, grow with the square of its articles (a topic with 25,000 articles has 1,250
 * pages).
 */
function pageLinks(urls: readonly string[], current: number): PageLink[] {
  const shown = urls
    .map((_, index) => index)
    .filter((index) => index === 0 || index === urls.length - 1 || Math.abs(index - current) <= LINKED_AROUND);
  return shown.map((index, i) => ({
    number: index + 1,
    url: urls[index]!,
    current: index === current,
    gapBefore: i > 0 && index > shown[i - 1]! + 1,
  }));
}
