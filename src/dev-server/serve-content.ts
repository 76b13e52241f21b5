/**
 * The archive as `npm run serve` sees it: reloaded before every rebuild, and what the site is rendered from
 * (`shown`, handed to Eleventy by src/cli/serve.ts). An invalid file does not take pages down: the site keeps the last
 * archive that loaded cleanly and the problems are reported instead.
 */
import { loadArchive } from '../content/load.ts';
import type { Archive } from '../content/model.ts';
import type { ContentError, ContentWarning } from '../content/errors.ts';

export interface ContentStatus {
  problems: ContentError[];
  /** Printed in the terminal; the site is built as usual. */
  warnings: ContentWarning[];
  articles: number;
  drafts: number;
  ms: number;
}

export interface ContentReloader {
  reload(): Promise<ContentStatus>;
  /** Problems found by the latest reload; empty when the content is valid. */
  problems(): ContentError[];
  /** The archive to show: the last that loaded cleanly, or before any did, the valid part of the latest. */
  shown(): Archive;
}

export function contentReloader(options: { contentDir: string; includeDrafts: boolean; cacheDir?: string }): ContentReloader {
  let lastGood: Archive | undefined;
  let latest: Archive | undefined;
  let problems: ContentError[] = [];

  return {
    problems: () => problems,
    shown: () => {
      const archive = lastGood ?? latest;
      if (!archive) throw new Error('the content has not been loaded yet');
      return archive;
    },
    async reload() {
      const started = performance.now();
      const { archive, errors, warnings } = await loadArchive({
        contentDir: options.contentDir,
        includeDrafts: options.includeDrafts,
        ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      });
      problems = errors;
      latest = archive;
      if (errors.length === 0) lastGood = archive;
      const shown = this.shown();
      return {
        problems,
        warnings,
        articles: shown.articles.length,
        drafts: shown.articles.filter((a) => a.draft).length,
        ms: performance.now() - started,
      };
    },
  };
}
