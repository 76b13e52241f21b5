/**
 * Renders a page selection with Eleventy, the article pages in runs of at most `articlesPerRun`: Eleventy keeps every
 * page's template and data until its run ends, so one run over a very large archive would hold them all at once
 * (docs/performance.md, 100,000 articles). The first run renders every other page too and writes the site's assets;
 * the later runs render article pages only.
 */
import { join } from 'node:path';
import Eleventy, { type EleventyConfig } from '@11ty/eleventy';
import type { PageSelection } from '../site/paged-collections.ts';
import { handOver, type SiteHandover } from './handover.ts';

/** Large enough that an archive of tens of thousands of articles renders in one run, as it always did. */
const ARTICLES_PER_RUN = 25_000;

/** The template of the article pages, the one template of a later run. */
const ARTICLE_TEMPLATE = 'article.11ty.ts';

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
  /** Whether the main thread's garbage is also collected once the last run is done (a full build). */
  collectsGarbage?: boolean;
  articlesPerRun?: number;
}

/** The selection split into runs: the first with everything but the later runs' articles, the later ones articles only. */
export function renderRuns(selection: PageSelection, articlesPerRun = ARTICLES_PER_RUN): PageSelection[] {
  const runs = [{ ...selection, articles: selection.articles.slice(0, articlesPerRun) }];
  for (let start = articlesPerRun; start < selection.articles.length; start += articlesPerRun) {
    runs.push({ articles: selection.articles.slice(start, start + articlesPerRun), listingPages: [], years: [], months: [], feeds: [] });
  }
  return runs;
}

export async function renderPages(options: RenderOptions): Promise<void> {
  const runs = renderRuns(options.handover.selection, options.articlesPerRun);
  for (const [run, selection] of runs.entries()) {
    // A run of its own, in a function of its own: nothing keeps Eleventy and its pages' data once it has rendered.
    await renderRun(options, { ...options.handover, selection, ...(run > 0 ? { articlesOnly: true } : {}) });
    // A run's garbage is collected at once (npm run build exposes gc) rather than whenever V8 next needs room, which
    // may be while the search index thread grows its tables (docs/performance.md).
    if (run < runs.length - 1 || options.collectsGarbage) globalThis.gc?.();
  }
}

async function renderRun(options: RenderOptions, handover: SiteHandover): Promise<void> {
  const eleventy = new Eleventy(handover.articlesOnly ? join(options.input, ARTICLE_TEMPLATE) : options.input, options.output, {
    configPath: options.configPath,
    quietMode: true,
    config: (config) => {
      handOver(config, handover);
      options.configure(config);
    },
  });
  // The caller reports progress; Eleventy's own summary would repeat it (and ignore --quiet).
  eleventy.disableLogger();
  eleventy.setDryRun(true);
  await eleventy.write();
}
