/**
 * Decides which paginated pages an incremental build renders: those whose fingerprint differs from the previous
 * build's, or whose file is missing from the previous output. Every other page is taken over unchanged.
 * Pages outside the paginated collections (home, indexes, search, sitemap, …) are cheap and always rendered.
 */
import type { PageSelection } from '../site/paged-collections.ts';
import { pagedOutputs } from '../site/paged-collections.ts';
import type { SiteModel } from '../site/site-model.ts';
import type { Fingerprinter } from './fingerprint.ts';
import { outputPath } from './output-path.ts';

/** Output path (relative to the output folder) → fingerprint of the data it was rendered from. */
export type PageFingerprints = Record<string, string>;

export interface PagePlan {
  /** The paginated pages to render. */
  selection: PageSelection;
  /** Output paths to take over from the previous output. */
  keep: string[];
  /** The fingerprints of this build, for the next one. */
  fingerprints: PageFingerprints;
}

export function planPages(
  site: SiteModel,
  fingerprint: Fingerprinter,
  previous: PageFingerprints | undefined,
  isInPreviousOutput: (path: string) => boolean,
): PagePlan {
  const selection: PageSelection = { articles: [], listingPages: [], years: [], months: [], feeds: [] };
  const keep: string[] = [];
  const fingerprints: PageFingerprints = {};
  for (const output of pagedOutputs(site)) {
    const print = fingerprint(output.data);
    const paths = output.urls.map(outputPath);
    for (const path of paths) fingerprints[path] = print;
    const unchanged = paths.every((path) => previous?.[path] === print && isInPreviousOutput(path));
    if (unchanged) keep.push(...paths);
    else (selection[output.collection] as unknown[]).push(output.item);
  }
  return { selection, keep, fingerprints };
}
