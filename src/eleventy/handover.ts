/**
 * The one way data reaches `.eleventy.ts`: whoever runs Eleventy (the build and serve commands, the tests) hands it a
 * `SiteHandover` in the `config` callback of Eleventy's constructor, which runs before the configuration file. No
 * module state or environment variable carries the archive, the pages to write or who writes the search index.
 */
import type { EleventyConfig } from '@11ty/eleventy';
import type { Archive } from '../content/model.ts';
import type { PageSelection } from '../site/paged-collections.ts';

export interface SiteHandover {
  /** The content folder: its `site.yaml` gives the settings, and serve watches it. */
  contentDir: string;
  /** The archive to render, asked for on every build (serve reloads it before each one). */
  archive(): Promise<Archive> | Archive;
  /** The pages to write: an incremental build's few; every page when absent. */
  selection?: PageSelection;
  /** Where resized article images are kept between builds (src/site/write-images.ts); encoded every build when absent. */
  imageCacheDir?: string;
  /** Whether `.eleventy.ts` writes the search index after rendering, or the caller does (the build, on a worker). */
  writesSearchIndex: boolean;
  /**
   * A later run of a build rendered in several (src/eleventy/render-pages.ts): the pages of one paginated template; the
   * search index, its client and the images were written by the first run.
   */
  laterRun?: boolean;
  /**
   * Where the search index written by `.eleventy.ts` keeps what a rebuild reuses (src/search/write-index.ts), which
   * then writes only the files that changed into the output; the whole index every time when absent.
   */
  searchCacheDir?: string;
}

/** Eleventy's global data key; templates never read it. */
const KEY = 'siteHandover';

/**
 * Not a plain object, so Eleventy's data cascade passes it by reference instead of merging copies into every page.
 * Recognised by a registered symbol, not `instanceof`: a compiled build may hold two copies of this module.
 */
const BRAND = Symbol.for('arsip-berita.siteHandover');
class Envelope {
  [BRAND]: SiteHandover | undefined;
  constructor(handover: SiteHandover) {
    this[BRAND] = handover;
  }
}

/**
 * For the `config` callback: `new Eleventy(input, output, { config: (c) => handOver(c, handover) })`. Returns a
 * function that lets go of the handover once the run is done: Eleventy keeps each layout, with the configuration of
 * the run that first used it, in a cache of its module that later runs and instances reuse (its LayoutCache), so a
 * configuration outlives its run, and through it the archive would live as long as the process.
 */
export function handOver(config: EleventyConfig, handover: SiteHandover): () => void {
  const envelope = new Envelope(handover);
  config.addGlobalData(KEY, envelope);
  return () => void (envelope[BRAND] = undefined);
}

/**
 * For `.eleventy.ts`: what the caller handed over; Eleventy run any other way gets an error saying how to run it.
 * Asked for at each use rather than kept, so that what was handed over can be let go (`handOver`).
 */
export function receiveHandover(config: EleventyConfig): SiteHandover {
  const envelope = config.globalData[KEY] as Partial<Envelope> | undefined;
  const handover = envelope?.[BRAND];
  if (handover) return handover;
  if (envelope) throw new Error('the Eleventy run this configuration was handed the archive for has ended');
  throw new Error('.eleventy.ts is run by `npm run build` or `npm run serve`, which hand it the archive (src/eleventy/handover.ts)');
}
