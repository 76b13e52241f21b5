/**
 * The archive as `npm run serve` sees it: reloaded before every rebuild and handed to the site through
 * `setPreloadedArchive`, so Eleventy's data never loads it a second time. An invalid file does not take pages down:
 * the site keeps the last archive that loaded cleanly and the problems are reported instead.
 */
import { loadArchive } from '../content/load.ts';
import type { Archive } from '../content/model.ts';
import type { ContentError } from '../content/errors.ts';
import { setPreloadedArchive } from '../site/archive-data.ts';

export interface ContentStatus {
  problems: ContentError[];
  articles: number;
  drafts: number;
  ms: number;
}

export interface ContentReloader {
  reload(): Promise<ContentStatus>;
  /** Problems found by the latest reload; empty when the content is valid. */
  problems(): ContentError[];
}

export function contentReloader(options: { contentDir: string; includeDrafts: boolean; cacheDir?: string }): ContentReloader {
  let lastGood: Archive | undefined;
  let problems: ContentError[] = [];

  return {
    problems: () => problems,
    async reload() {
      const started = performance.now();
      const { archive, errors } = await loadArchive({
        contentDir: options.contentDir,
        includeDrafts: options.includeDrafts,
        ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      });
      problems = errors;
      if (errors.length === 0) lastGood = archive;
      // Before the first clean load there is nothing better than the valid part of the archive.
      const shown = lastGood ?? archive;
      setPreloadedArchive(options.contentDir, shown, options.includeDrafts);
      return {
        problems,
        articles: shown.articles.length,
        drafts: shown.articles.filter((a) => a.draft).length,
        ms: performance.now() - started,
      };
    },
  };
}
