/**
 * An incremental build in two calls: `planBuild` before rendering (which paginated pages to render, given what the
 * live copy of the site holds), `putInPlace` after rendering. Without a trusted record of the live copy, every page
 * is rendered into an empty standby copy; with one, the pages that changed are written into the standby, which holds
 * what the live copy holds (src/output/output-store.ts), as they are rendered. Either way the standby then becomes
 * the site.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../content/model.ts';
import { sharedPageData } from '../site/paged-collections.ts';
import type { SiteModel } from '../site/site-model.ts';
import { codeVersion } from '../compiled/code-version.ts';
import { pageFingerprinter } from './fingerprint.ts';
import { filesUnder } from '../compiled/files-under.mjs';
import { updateOutput } from './output-folder.ts';
import type { BuildTarget, OutputRecord, OutputStore } from './output-store.ts';
import { planPages, type PagePlan } from './page-plan.ts';

export interface BuildPlan extends PagePlan {
  store: OutputStore;
  previous?: OutputRecord;
}

/** `root` holds the code and templates. */
export function planBuild(archive: Archive, site: SiteModel, store: OutputStore, root: string): BuildPlan {
  const fingerprint = pageFingerprinter(archive.articles, codeVersion(root) + JSON.stringify(sharedPageData(site)));
  const previous = store.liveRecord();
  const live = store.liveFolder();
  const plan = planPages(site, fingerprint, previous?.pages, (path) => live !== undefined && existsSync(join(live, path)));
  return { ...plan, store, ...(previous ? { previous } : {}) };
}

/**
 * Completes the standby with `target.output` and makes it the site. `pages` are the pages an incremental build wrote
 * into the standby as they were rendered (src/output/output-folder.ts; a full build's are in `target.output`, which
 * is the standby); `kept` are other files the standby holds that stay as they are (the search payload's unchanged
 * files, src/search/write-index.ts). Returns how many pages were taken over unchanged (none without a record).
 */
export function putInPlace(plan: Omit<BuildPlan, 'selection'>, target: BuildTarget, pages: readonly string[], kept: readonly string[] = []): number {
  if (plan.previous) {
    const { files, changes } = updateOutput(target.output, target.standby, plan.previous.files, [...plan.keep, ...kept], pages, (folder) => plan.store.discard(folder));
    plan.store.commit({ files, pages: plan.fingerprints }, changes);
  } else {
    plan.store.commit({ files: filesUnder(target.standby), pages: plan.fingerprints });
  }
  return plan.keep.length;
}
