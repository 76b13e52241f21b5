/**
 * Eleventy 3 configuration (load with tsx: `--config=.eleventy.ts`). Pages
 * come from `templates/`, assets from `public/`; the data is the Archive from
 * src/content, turned into page models by src/site. Article bodies arrive as
 * sanitised HTML and are never run through Markdown or a template engine.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HtmlBasePlugin, type EleventyConfig } from '@11ty/eleventy';
import { bundleSearchClient } from './src/search/bundle-client.ts';
import { writeSearchIndex } from './src/search/write-index.ts';
import { archiveSourceFromEnv, clearArchiveCache, getArchive, needsSearchIndex, pagesToRender, siteModelOf } from './src/site/archive-data.ts';
import { formatArticleDate } from './src/site/format-date.ts';
import { cachingEnvironment } from './src/site/nunjucks-environment.ts';
import { loadSettings } from './src/site/settings.ts';
import { runnableUrl, runsCompiled } from './src/threads/compiled-copy.ts';

/** Copied as it is to the root of the site (by src/cli/build.ts itself, where Eleventy renders without writing). */
const PUBLIC = 'public';
const TEMPLATE_CACHE = fileURLToPath(new URL('node_modules/.cache/arsip-templates/', import.meta.url));

function refuseExecutableFrontMatter(): never {
  throw new Error('JavaScript front matter is not allowed');
}

export default async function configure(eleventyConfig: EleventyConfig) {
  const source = archiveSourceFromEnv();
  const settings = await loadSettings(source.contentDir);

  eleventyConfig.setFrontMatterParsingOptions({
    engines: { js: refuseExecutableFrontMatter, javascript: refuseExecutableFrontMatter },
  });
  // Eleventy's search paths for includes; compiled templates are kept between builds (src/site/nunjucks-environment.ts).
  eleventyConfig.setLibrary(
    'njk',
    cachingEnvironment([join('templates', '_includes'), '.'], { autoescape: true, throwOnUndefined: true }, TEMPLATE_CACHE),
  );
  // Feeds, sitemap and robots.txt are TypeScript templates that return strings built in src/site. A compiled
  // build (src/cli/run-compiled.mjs) has no loader for `.ts`: it reads their data and renders them from their
  // compiled copies, through the hooks Eleventy offers template languages of its own.
  const importTemplateModule = (path: string) => import(runnableUrl(pathToFileURL(resolve(path)).href));
  eleventyConfig.addExtension(
    ['11ty.ts'],
    runsCompiled
      ? {
          key: '11ty.js',
          getData: true,
          getInstanceFromInputPath: importTemplateModule,
          // Imported once per template, not once per page it renders.
          compile: (_content: unknown, path: string) => {
            const module = importTemplateModule(path);
            return async (data: unknown) => (await module).render(data);
          },
          // The content Eleventy passes is not a string here, and the compiled copy is the same for every page.
          compileOptions: { getCacheKey: (_content: unknown, path: string) => path },
        }
      : { key: '11ty.js' },
  );
  // Paginated pages take their permalink from a function in `<template>.11tydata.ts`: a Nunjucks permalink
  // string would be compiled again for every page (a third of the build time at 2,000 articles).
  eleventyConfig.addDataExtension('ts', {
    read: false,
    parser: async (filePath: string) => (await importTemplateModule(filePath)).default,
  });
  // Root-relative links in templates get the path prefix at build time.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.addGlobalData('site', async () => siteModelOf(await getArchive(source), settings));
  // The paginated templates loop over `pages`, which an incremental build narrows to the pages that changed.
  eleventyConfig.addGlobalData('pages', async () => pagesToRender(await getArchive(source), settings));
  eleventyConfig.addFilter('displayDate', (date: Parameters<typeof formatArticleDate>[0]) =>
    formatArticleDate(date, settings.language),
  );
  eleventyConfig.addPassthroughCopy({ [PUBLIC]: '/' });
  // The search payload and client come from the Archive and src/search, not from rendered pages,
  // so they are written once per build whatever Eleventy re-rendered.
  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    const archive = await getArchive(source);
    await Promise.all([
      needsSearchIndex(archive) ? writeSearchIndex(archive, directories.output, { cacheDir: '.cache/search' }) : undefined,
      bundleSearchClient(join(directories.output, 'assets', 'search.js')),
    ]);
  });

  // `--serve`: content lives outside the input folder, so watch it and reload it after an edit.
  eleventyConfig.addWatchTarget(source.contentDir);
  eleventyConfig.on('eleventy.beforeWatch', () => clearArchiveCache());

  return {
    pathPrefix: settings.pathPrefix,
    // No output here: it would override the folder the build CLI and tests pass in (default `_site`).
    dir: { input: 'templates', includes: '_includes' },
    templateFormats: ['njk', '11ty.ts'],
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
  };
}
