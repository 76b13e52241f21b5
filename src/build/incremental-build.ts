/**
 * An incremental build in two calls: `planBuild` before rendering (which paginated pages to render, given what the
 * previous build left in the output folder), `putInPlace` after rendering. Without a trusted record of the previous
 * output (`plan.previous`), every page is rendered into a staging folder, which replaces the output whole; with one,
 * the pages are rendered in memory and written into the output, and the staging folder only holds the other files.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Archive } from '../content/model.ts';
import { sharedPageData } from '../site/paged-collections.ts';
import type { SiteModel } from '../site/site-model.ts';
import { codeVersion } from './code-version.ts';
import { pageFingerprinter } from './fingerprint.ts';
import { manifestFile, readManifest, writeManifest, type OutputRecord } from './manifest.ts';
import { filesUnder } from './files-under.mjs';
import { replaceOutput, updateOutput, type RenderedPage } from './output-folder.ts';
import { planPages, type PagePlan } from './page-plan.ts';

export interface BuildPlan extends PagePlan {
  out: string;
  manifest: string;
  previous?: OutputRecord;
}

/** `root` holds the code and templates; page fingerprints are kept under `cacheDir`. */
export async function planBuild(archive: Archive, site: SiteModel, out: string, cacheDir: string, root: string): Promise<BuildPlan> {
  const fingerprint = pageFingerprinter(archive.articles, codeVersion(root) + JSON.stringify(sharedPageData(site)));
  const manifest = manifestFile(cacheDir, out);
  const previous = await readManifest(manifest, out);
  const plan = planPages(site, fingerprint, previous?.pages, (path) => existsSync(join(out, path)));
  return { ...plan, out, manifest, ...(previous ? { previous } : {}) };
}

/**
 * Makes `staging` and `pages` (rendered per `plan`, for `staging`; none for a full build) the output; returns how many
 * pages were taken over unchanged (none without a record).
 */
export async function putInPlace(plan: BuildPlan, staging: string, pages: readonly RenderedPage[]): Promise<number> {
  let files: string[];
  if (plan.previous) {
    // A crash while files move in must not leave a record that no longer matches the folder.
    await rm(plan.manifest, { force: true });
    files = updateOutput(staging, plan.out, plan.previous.files, plan.keep, pages);
  } else {
    await replaceOutput(staging, plan.out);
    files = filesUnder(plan.out);
  }
  await writeManifest(plan.manifest, plan.out, { files, pages: plan.fingerprints });
  return plan.keep.length;
}
