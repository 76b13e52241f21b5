/** Checks run over a built site folder: HTML validity, internal links, feeds, sitemap. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import { LinkChecker } from 'linkinator';
import Parser from 'rss-parser';
import { validateXML } from 'xmllint-wasm';
import { startStaticServer } from '../helpers/static-server.ts';

/** Every file in the folder, as POSIX paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * html-validate's static loader resolves the whole configuration (its element tables included) again for every file,
 * most of the time of a page's check; one configuration serves every page here, so it is resolved once.
 */
class OnceResolvedConfigLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

/** html-validate with the committed config on the HTML files `only` accepts (all by default); returns "file:line:col rule message" lines (empty = valid). */
export async function htmlProblems(dir: string, only: (file: string) => boolean = () => true): Promise<string[]> {
  const config = JSON.parse(await readFile('.htmlvalidate.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new OnceResolvedConfigLoader(config));
  const files = (await listFiles(dir)).filter((file) => file.endsWith('.html') && only(file));
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(await readFile(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return problems;
}

export interface LinkReport {
  /** Internal URLs crawled (site-relative, path prefix included). */
  checked: string[];
  broken: string[];
}

/** Crawls the site over HTTP (under its path prefix) and reports every broken internal link or fragment. */
export async function checkLinks(dir: string, pathPrefix = '/'): Promise<LinkReport> {
  const server = await startStaticServer(dir, { pathPrefix });
  try {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.root,
      recurse: true,
      checkFragments: true,
      linksToSkip: async (link) => !link.startsWith(server.origin),
    });
    const internal = result.links.filter((link) => link.state !== 'SKIPPED');
    return {
      checked: internal.map((link) => link.url.slice(server.origin.length)),
      broken: internal
        .filter((link) => link.state === 'BROKEN')
        .map((link) => `${link.url} (from ${link.parent ?? '?'}) ${link.status ?? ''}`),
    };
  } finally {
    await server.close();
  }
}

export async function validateSitemap(xml: string): Promise<string[]> {
  const xsd = await readFile('node_modules/sitemap/schema/sitemap.xsd', 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: xml }], schema: [{ fileName: 'sitemap.xsd', contents: xsd }] });
  return result.errors.map((error) => error.rawMessage);
}

/** XML well-formedness (feeds): xmllint parses and re-formats the document, reporting any parse error. */
export async function xmlErrors(xml: string, fileName: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], normalization: 'format' });
  return result.errors.map((error) => error.rawMessage);
}

export async function parseAtom(xml: string) {
  return new Parser().parseString(xml);
}

/** The JSON-LD objects of an HTML page. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}
