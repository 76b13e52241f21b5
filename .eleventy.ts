/**
 * Eleventy 3 configuration (load with tsx: `--config=.eleventy.ts`). Pages
 * come from `templates/`, assets from `public/`; the data is the Archive from
 * src/content, turned into page models by src/site. Article bodies arrive as
 * sanitised HTML and are never run through Markdown or a template language.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlBasePlugin, type EleventyConfig } from '@11ty/eleventy';
import { bundleSearchClient } from './src/search/bundle-client.ts';
import { writeSearchIndex } from './src/search/write-index.ts';
import { receiveHandover } from './src/eleventy/handover.ts';
import { siteModelOf } from './src/site/site-model-of.ts';
import { allPages } from './src/site/paged-collections.ts';
import { loadSettings } from './src/site/settings.ts';
import { writeArticleImages } from './src/site/write-images.ts';
import { runnableUrl, runsCompiled } from './src/compiled/compiled-copy.ts';

/** Copied as it is to the root of the site (by src/cli/build.ts itself, where Eleventy renders without writing). */
const PUBLIC = 'public';

function refuseExecutableFrontMatter(): never {
  throw new Error('JavaScript front matter is not allowed');
}

export default async function configure(eleventyConfig: EleventyConfig) {
  // What the caller handed over is asked for at each use, never kept: the caller lets it go after the run.
  const handover = () => receiveHandover(eleventyConfig);
  const { contentDir } = handover();
  const settings = await loadSettings(contentDir);
  const site = async () => siteModelOf(await handover().archive(), settings);

  eleventyConfig.setFrontMatterParsingOptions({
    engines: { js: refuseExecutableFrontMatter, javascript: refuseExecutableFrontMatter },
  });
  // Every template is TypeScript: a function from the typed page data to the page, whose HTML goes through
  // src/site/html.ts, so every value is escaped and a missing one fails the build; feeds, sitemap and robots.txt
  // return strings built in src/site. A compiled build (src/compiled/run-compiled.mjs) has no loader for `.ts`: it reads
  // their data and renders them from their compiled copies, through the hooks Eleventy offers template languages of
  // its own. Eleventy asks for a paginated template's module once per page, so each is imported once and remembered.
  const templateModules = new Map<string, Promise<{ render?: (data: unknown) => string }>>();
  const importTemplateModule = (path: string) => {
    let module = templateModules.get(path);
    if (!module) templateModules.set(path, (module = import(runnableUrl(pathToFileURL(resolve(path)).href))));
    return module;
  };
  eleventyConfig.addExtension(
    ['11ty.ts'],
    runsCompiled
      ? {
          key: '11ty.js',
          getData: true,
          getInstanceFromInputPath: importTemplateModule,
          compile: (_content: unknown, path: string) => {
            const module = importTemplateModule(path);
            // A page template has no `render` of its own: its layout renders it (templates/_includes/layouts/page.11ty.ts).
            return async (data: unknown) => (await module).render?.(data) ?? '';
          },
          // The content Eleventy passes is not a string here, and the compiled copy is the same for every page. Without
          // `cache`, Eleventy compiles a paginated template again for every page.
          compileOptions: { cache: true, getCacheKey: (_content: unknown, path: string) => path },
        }
      : { key: '11ty.js' },
  );
  // Root-relative links in templates get the path prefix at build time.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.addGlobalData('site', site);
  // The paginated templates loop over `pages`, which an incremental build narrows to the pages that changed.
  eleventyConfig.addGlobalData('pages', async () => handover().selection ?? allPages(await site()));
  eleventyConfig.addPassthroughCopy({ [PUBLIC]: '/' });
  // The search payload and client, and the resized article images, come from the Archive, not from rendered pages,
  // so they are written once per build whatever Eleventy re-rendered.
  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    const { laterRun, writesSearchIndex, searchCacheDir, imageCacheDir, archive } = handover();
    if (laterRun) return;
    await Promise.all([
      writesSearchIndex ? writeSearchIndex(await archive(), directories.output, searchCacheDir ? { cacheDir: searchCacheDir, previous: directories.output } : {}) : undefined,
      bundleSearchClient(join(directories.output, 'assets', 'search.js')),
      writeArticleImages(await archive(), contentDir, directories.output, imageCacheDir),
    ]);
  });

  // `--serve`: content lives outside the input folder, so watch it and reload it after an edit.
  eleventyConfig.addWatchTarget(contentDir);

  return {
    pathPrefix: settings.pathPrefix,
    // No output here: it would override the folder the build CLI and tests pass in (default `_site`).
    dir: { input: 'templates', includes: '_includes' },
    templateFormats: ['11ty.ts'],
    // Nothing here is Markdown or HTML, and if it were, no template language would run in it.
    htmlTemplateEngine: false,
    markdownTemplateEngine: false,
  };
}
