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
}

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

/** Always at least one page, so an empty term still has its page. */
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
    pages: urls.map((pageLink, other) => ({ number: other + 1, url: pageLink, current: other === index })),
  }));
}
