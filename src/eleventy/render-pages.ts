/**
 * Renders a page selection with Eleventy, a large one in runs of at most `pagesPerRun` pages: Eleventy keeps every
 * page's template and data until its run ends, so one run over a very large archive would hold them all at once
 * (docs/performance.md, 100,000 articles). The first run renders every template and the site's assets; a later run
 * renders the pages of one paginated template, term listings or articles, the two collections that grow with the
 * archive.
 */
import { join } from 'node:path';
import Eleventy, { type EleventyConfig } from '@11ty/eleventy';
import type { PageSelection } from '../site/paged-collections.ts';
import { handOver, type SiteHandover } from './handover.ts';

/** An archive whose pages are no more than this renders in one run, as archives of some twenty thousand articles did. */
const ONE_RUN_MAX = 25_000;

/** Pages per run of a larger one: the fewer at once, the less memory (docs/performance.md, 100,000 articles). */
const PAGES_PER_RUN = 10_000;

/** The collections split across runs, in the order they fill the first, and the template of each. */
const SPLIT_TEMPLATES = { listingPages: 'term-listing.11ty.ts', articles: 'article.11ty.ts' } as const;

export interface RenderOptions {
  /** The templates folder, the output folder and the configuration file. */
  input: string;
  output: string;
  configPath: string;
  /** What `.eleventy.ts` is handed; its `selection` is what is rendered. */
  handover: SiteHandover & { selection: PageSelection };
  /**
   * Further configuration of every run, after the configuration file: the transform that takes each page (Eleventy
   * runs dry, so it writes nothing itself), and progress.
   */
  configure: (config: EleventyConfig) => void;
  pagesPerRun?: number;
}

export interface RenderRun {
  selection: PageSelection;
  /** A later run's one template, in the input folder; the first run renders them all. */
  template?: string;
}

/**
 * The selection split into runs: the first with the pages of the small collections (a feed counts as one page) and as
 * many term listings, then articles, as fit beside them; each later one with the listings or the articles that follow.
 */
export function renderRuns(selection: PageSelection, pagesPerRun = pageCount(selection) <= ONE_RUN_MAX ? Infinity : PAGES_PER_RUN): RenderRun[] {
  const { years, months, feeds } = selection;
  let room = Math.max(0, pagesPerRun - years.length - months.length - feeds.length);
  const first: PageSelection = { ...selection };
  const later: RenderRun[] = [];
  const split = <K extends keyof typeof SPLIT_TEMPLATES>(collection: K, items: PageSelection[K]) => {
    const fit = Math.min(room, items.length);
    room -= fit;
    for (let start = fit; start < items.length; start += pagesPerRun) {
      const selection = { articles: [], listingPages: [], years: [], months: [], feeds: [], [collection]: items.slice(start, start + pagesPerRun) };
      later.push({ selection, template: SPLIT_TEMPLATES[collection] });
    }
    return items.slice(0, fit) as PageSelection[K];
  };
  first.listingPages = split('listingPages', selection.listingPages);
  first.articles = split('articles', selection.articles);
  return [{ selection: first }, ...later];
}

function pageCount(selection: PageSelection): number {
  return Object.values(selection).reduce((count: number, items: unknown[]) => count + items.length, 0);
}

export async function renderPages(options: RenderOptions): Promise<void> {
  const runs = renderRuns(options.handover.selection, options.pagesPerRun);
  for (const [run, { selection, template }] of runs.entries()) {
    // A run of its own, in a function of its own, its hand-over let go when it ends: nothing keeps Eleventy and its
    // pages' data once it has rendered.
    await renderRun(template === undefined ? options.input : join(options.input, template), options, { ...options.handover, selection, ...(template ? { laterRun: true } : {}) });
    // A run's garbage is collected at once (npm run build exposes gc) rather than whenever V8 next needs room, which
    // may be while the search index thread grows its tables (docs/performance.md). The last run's is the caller's.
    if (run < runs.length - 1) globalThis.gc?.();
  }
}

async function renderRun(input: string, options: RenderOptions, handover: SiteHandover): Promise<void> {
  let letGo: (() => void) | undefined;
  const eleventy = new Eleventy(input, options.output, {
    configPath: options.configPath,
    quietMode: true,
    config: (config) => {
      letGo = handOver(config, handover);
      options.configure(config);
    },
  });
  // The caller reports progress; Eleventy's own summary would repeat it (and ignore --quiet).
  eleventy.disableLogger();
  eleventy.setDryRun(true);
  try {
    await eleventy.write();
  } finally {
    letGo?.();
  }
}
