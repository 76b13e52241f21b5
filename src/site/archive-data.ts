/**
 * Hands the Archive, its site model and the pages to write to Eleventy. The
 * build CLI has already loaded (and validated) the archive, so it passes it in
 * with `setPreloadedArchive`, and for an incremental build names the pages to
 * write with `selectPages`; `eleventy --serve` loads it here instead.
 * Archives are memoised per content folder and drafts flag.
 */
import { resolve } from 'node:path';
import { ContentErrors } from '../content/errors.ts';
import { loadArchive } from '../content/load.ts';
import type { Archive } from '../content/model.ts';
import { allPages, type PageSelection } from './paged-collections.ts';
import type { SiteSettings } from './settings.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';

export interface ArchiveSource {
  contentDir: string;
  includeDrafts: boolean;
}

/** Where the archive comes from: `ARCHIVE_CONTENT_DIR` (default `content`) and `ARCHIVE_DRAFTS=1`. */
export function archiveSourceFromEnv(env: NodeJS.ProcessEnv = process.env): ArchiveSource {
  return { contentDir: env.ARCHIVE_CONTENT_DIR || 'content', includeDrafts: env.ARCHIVE_DRAFTS === '1' };
}

const cache = new Map<string, Promise<Archive>>();

function key(source: ArchiveSource): string {
  return `${resolve(source.contentDir)}\0${source.includeDrafts}`;
}

export function setPreloadedArchive(contentDir: string, archive: Archive, includeDrafts = false): void {
  cache.set(key({ contentDir, includeDrafts }), Promise.resolve(archive));
}

/** Forget loaded archives so the next build reads the content again (serve mode after an edit). */
export function clearArchiveCache(): void {
  cache.clear();
}

async function load(source: ArchiveSource): Promise<Archive> {
  const { archive, errors } = await loadArchive({ contentDir: source.contentDir, includeDrafts: source.includeDrafts, cacheDir: '.cache/render' });
  if (errors.length > 0) {
    throw new ContentErrors(errors);
  }
  return archive;
}

export function getArchive(source: ArchiveSource = archiveSourceFromEnv()): Promise<Archive> {
  let archive = cache.get(key(source));
  if (!archive) {
    archive = load(source);
    // A failed load is not cached, so fixing the content and saving retries it.
    archive.catch(() => cache.delete(key(source)));
    cache.set(key(source), archive);
  }
  return archive;
}

const models = new WeakMap<Archive, { settings: string; site: SiteModel }>();
const selections = new WeakMap<Archive, PageSelection>();
const indexedByCaller = new WeakSet<Archive>();

/** The archive's site model, built once per archive and settings (the build CLI needs it before Eleventy does). */
export function siteModelOf(archive: Archive, settings: SiteSettings): SiteModel {
  const key = JSON.stringify(settings);
  let model = models.get(archive);
  if (model?.settings !== key) {
    // Frozen: Eleventy's pagination wraps unfrozen global data in a proxy on every access (10,000 articles: 0.25 s).
    model = { settings: key, site: Object.freeze(buildSiteModel(archive, settings)) };
    models.set(archive, model);
  }
  return model.site;
}

/** Restricts the paginated templates to `selection` when they render this archive. */
export function selectPages(archive: Archive, selection: PageSelection): void {
  selections.set(archive, selection);
}

/** What the paginated templates write: the selection if there is one, otherwise every page. */
export function pagesToRender(archive: Archive, settings: SiteSettings): PageSelection {
  return selections.get(archive) ?? allPages(siteModelOf(archive, settings));
}

/** The caller writes this archive's search index itself (the build CLI, on a worker beside Eleventy). */
export function searchIndexWrittenByCaller(archive: Archive): void {
  indexedByCaller.add(archive);
}

/** Whether Eleventy still has to write the archive's search index (`serve` and in-process builds). */
export function needsSearchIndex(archive: Archive): boolean {
  return !indexedByCaller.has(archive);
}
