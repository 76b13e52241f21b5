import { resolve } from 'node:path';
import type { Archive, Article, ArticleImage, ArticleLink } from './model.ts';
import type { ContentError, ContentWarning } from './errors.ts';
import { loadRegistry } from './registry.ts';
import { readSiteFile } from './site-file.ts';
import { listMarkdownFiles } from './list-files.ts';
import { readFileSync, statSync } from 'node:fs';
import { decodeText, LIMITS, fileSize } from './read-text.ts';
import { displayPath, relativePath } from './display-path.ts';
import { BytesReader } from './read-bytes.ts';
import { linkArticle, parseArticle, type ParsedArticle } from './parse-article.ts';
import { ParseCache, contentKey } from '../cache/parse-cache.ts';
import type { Registry } from './registry.ts';
import { BodyRenderer } from '../workers/render-pool.ts';
import type { RenderedBody } from './render.ts';
import { relatedLinks } from './related.ts';
import { resolveImage } from './image.ts';
import { summarise } from './summarise.ts';
import { archiveToday, articleWarnings } from './warnings.ts';

export interface LoadOptions {
  /** Folder holding `registry/` and the article `.md` files (searched recursively). */
  contentDir: string;
  /** Keep `draft: true` articles (for `serve`); a production build leaves them out of everything. */
  includeDrafts?: boolean;
  /** Where rendered bodies are cached between runs; no cache when absent. */
  cacheDir?: string;
  /** Called as files are read, for progress reports. */
  onProgress?: (event: { phase: 'read' | 'render'; done: number; total: number }) => void;
  /**
   * Called with each batch of published bodies rendered on this thread while loading (neither cached nor rendered by
   * a worker), so that the search index can analyse them meanwhile (src/workers/search-early-analyses.ts).
   */
  onFreshTexts?: (texts: FreshText[]) => void;
}

/** What the search index analyses of a body, and the id of its article. */
export interface FreshText {
  id: string;
  summary?: string;
  text: string;
}

const FRESH_TEXTS_BATCH = 250;

export interface LoadResult {
  /** The valid articles; complete only when `errors` is empty. */
  archive: Archive;
  /** Every problem in every file; callers must not publish anything when there is one. */
  errors: ContentError[];
  /** What looks unintended but does not stop a build (src/content/warnings.ts, stray files): print, and go on. */
  warnings: ContentWarning[];
}

/** Loads, validates, normalises and renders the whole archive, collecting every error instead of stopping at the first. */
export async function loadArchive(options: LoadOptions): Promise<LoadResult> {
  const contentDir = resolve(options.contentDir);
  const unusable = contentFolderProblem(contentDir);
  if (unusable) return { errors: [unusable], warnings: [], archive: { articles: [], actors: [], topics: [], sources: [] } };
  // Read in the background while the registry is loaded and the files are listed.
  const openingParseCache = ParseCache.open(options.cacheDir);
  const { registry, errors } = await loadRegistry(contentDir);
  // With a broken registry every name looks unknown; only the registry's own errors are worth reading then.
  const registryBroken = errors.length > 0;
  // Read by the site (src/site/settings.ts), but validated here so that `check` reports its problems too.
  errors.push(...readSiteFile(contentDir).errors);
  const listing = listMarkdownFiles(contentDir);
  errors.push(...listing.errors);
  const warnings = listing.warnings;

  const parseCache = await openingParseCache;
  // By position in the listing, so that collisions are reported in the same order whatever order files are read in.
  const validInListing: ParsedArticle[] = [];
  const published: ParsedArticle[] = [];
  /** Of each published article: its file's key and path relative to the content folder. */
  const sources: Array<{ key: string; path: string; image?: ArticleImage }> = [];
  // Bodies render on worker threads while the files after them are read and parsed.
  const renderer = new BodyRenderer(options.cacheDir);
  let freshTexts: FreshText[] = [];
  try {
    // Synchronous: for thousands of small files, promise-based reading costs several times more.
    const reader = new BytesReader();
    const { fileKeys } = parseCache;
    const readAt = Date.now();
    const statuses = listing.files.map((path) => statSync(path));
    // A file whose status is unchanged since it was read is not read again, if its fields are cached.
    const knownKeys = listing.files.map((path, i) => fileKeys.known(path, statuses[i]!));
    // New and changed files first: their bodies start rendering while the other files come from the caches.
    const readOrder = [...listing.files.keys()].sort((a, b) => Number(knownKeys[a] !== undefined) - Number(knownKeys[b] !== undefined));
    for (const [done, i] of readOrder.entries()) {
      const path = listing.files[i]!;
      options.onProgress?.({ phase: 'read', done: done + 1, total: listing.files.length });
      if (statuses[i]!.size > LIMITS.articleBytes) {
        const size = `${fileSize(statuses[i]!.size)}, over the limit of ${fileSize(LIMITS.articleBytes)}`;
        errors.push({ file: displayPath(path), line: 1, message: `file is ${size}`, hint: 'split the text into several articles' });
        continue;
      }
      let key = knownKeys[i];
      let article = key === undefined ? undefined : cachedArticle(key, path, registry, parseCache);
      if (!article) {
        const bytes = reader.read(path);
        key = contentKey(bytes);
        fileKeys.record(path, statuses[i]!, key, readAt);
        const parsed = parseFile(bytes, key, path, registry, parseCache);
        errors.push(...parsed.errors.filter((error) => !(registryBroken && error.message.startsWith('unknown '))));
        article = parsed.article;
      }
      if (!article || key === undefined) continue;
      const image = article.image && resolveImage(article.image, path, contentDir);
      if (image?.error) errors.push(image.error);
      validInListing[i] = article;
      if (options.includeDrafts || !article.draft) {
        published.push(article);
        sources.push({ key, path: relativePath(contentDir, path)!, ...(image?.image ? { image: image.image } : {}) });
        const body = renderer.add(article.body);
        if (body && options.onFreshTexts) {
          freshTexts.push({ id: article.slug, ...(article.summary ? { summary: article.summary } : {}), text: body.text });
          if (freshTexts.length >= FRESH_TEXTS_BATCH) {
            options.onFreshTexts(freshTexts);
            freshTexts = [];
          }
        }
      }
    }
    if (freshTexts.length > 0) options.onFreshTexts?.(freshTexts);
    // The last bodies render while the caches are written and the related lists worked out.
    renderer.sendPending();
    await parseCache.flush();
  } catch (error) {
    // A file that changed while loading, say: the workers must not outlive the load.
    await renderer.stop();
    throw error;
  }
  errors.push(...slugCollisions(validInListing.filter(Boolean)));
  const today = archiveToday();
  for (const article of validInListing) if (article) warnings.push(...articleWarnings(article, today));

  // Newest first. Order, links and related lists need no bodies: they are worked out while the workers render.
  const order = published.map((_, i) => i);
  order.sort((a, b) => published[b]!.date.timestamp - published[a]!.date.timestamp || published[a]!.slug.localeCompare(published[b]!.slug));
  const sorted = order.map((i) => published[i]!);
  const links = sorted.map(linkTo);
  const related = relatedLinks(sorted, links);

  options.onProgress?.({ phase: 'render', done: 0, total: published.length });
  const bodies = await renderer.finish();
  options.onProgress?.({ phase: 'render', done: published.length, total: published.length });

  const articles = order.map((i, at) =>
    toArticle(published[i]!, sources[i]!, bodies[i]!, { related: related[at]!, previous: links[at + 1], next: links[at - 1] }),
  );

  for (const problems of [errors, warnings]) problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { errors, warnings, archive: { articles, actors: registry.actors, topics: registry.topics, sources: registry.sources } };
}

/**
 * Decodes and parses one file's bytes, unless fields are cached for these exact bytes and still link to the registry.
 * Nothing of a cached file is kept: should its body's render not be cached either, the file is read again.
 */
function parseFile(bytes: Uint8Array, key: string, path: string, registry: Registry, cache: ParseCache): { article?: ParsedArticle; errors: ContentError[] } {
  const article = cachedArticle(key, path, registry, cache);
  if (article) return { article, errors: [] };
  const file = displayPath(path);
  const text = decodeText(bytes);
  if (!text.ok) return { errors: [{ file, line: text.line, message: text.message, hint: text.hint }] };
  const result = parseArticle(text.text, file, registry);
  cache.set(key, result.fields);
  return result;
}

/** The article of the file with this key, from the cache, if its fields are cached and still link to the registry. */
function cachedArticle(key: string, path: string, registry: Registry, cache: ParseCache): ParsedArticle | undefined {
  const cached = cache.get(key);
  return cached && linkArticle(cached, () => textAgain(path, key), displayPath(path), registry);
}

function textAgain(path: string, key: string): string {
  const bytes = readFileSync(path);
  const text = decodeText(bytes);
  if (contentKey(bytes) !== key || !text.ok) throw new Error(`${path} changed while the archive was loading; load it again`);
  return text.text;
}

/** One line for a content folder that is missing or not a folder, instead of an error for each file in it. */
function contentFolderProblem(contentDir: string): ContentError | undefined {
  const status = statSync(contentDir, { throwIfNoEntry: false });
  const file = displayPath(contentDir);
  if (!status) return { file, line: 1, message: 'content folder does not exist', hint: 'pass the folder holding registry/ and articles/ with --content' };
  if (!status.isDirectory()) return { file, line: 1, message: 'is not a folder', hint: 'pass the folder holding registry/ and articles/ with --content' };
  return undefined;
}

function linkTo(parsed: ParsedArticle): ArticleLink {
  return { id: parsed.slug, title: parsed.title, url: articleUrl(parsed.slug), date: parsed.date };
}

function articleUrl(slug: string): string {
  return `/artikel/${slug}/`;
}

function toArticle(
  parsed: ParsedArticle,
  source: { key: string; path: string; image?: ArticleImage },
  body: RenderedBody,
  { related, previous, next }: { related: ArticleLink[]; previous?: ArticleLink; next?: ArticleLink },
): Article {
  // Fields one by one: object rest (`{ file, body, ...fields }`) is several times slower, at 10,000 articles.
  return {
    title: parsed.title,
    date: parsed.date,
    ...(parsed.updated ? { updated: parsed.updated } : {}),
    source: parsed.source,
    actors: parsed.actors,
    topics: parsed.topics,
    language: parsed.language,
    ...(parsed.summary ? { summary: parsed.summary } : {}),
    ...(source.image ? { image: source.image } : {}),
    draft: parsed.draft,
    id: parsed.slug,
    slug: parsed.slug,
    url: articleUrl(parsed.slug),
    sourcePath: source.path,
    sourceHash: source.key,
    html: body.html,
    text: body.text,
    ...summarise(body, parsed.summary),
    related,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}

/** Slugs are lower-case, so files differing only in case (or punctuation) collide: both are reported. */
function slugCollisions(articles: ParsedArticle[]): ContentError[] {
  const bySlug = new Map<string, ParsedArticle[]>();
  for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((article) => ({
        file: article.file,
        line: 1,
        message: `URL slug "${article.slug}" is also used by ${group.filter((o) => o !== article).map((o) => o.file).join(', ')}`,
        hint: 'rename one of the files; slugs ignore case and punctuation',
      })),
    );
}
