/**
 * The Nunjucks environment Eleventy renders with: Eleventy's own (same search paths, our options), except that a
 * template's compiled code is kept on disk between builds. Compiling the templates took about 70 ms of every build,
 * rebuilds with a handful of pages included; a cached template is one `new Function`. The code is stored per
 * template path, under a key of everything that shapes it: the template's text, the locked package versions, the
 * environment's options, async filters and tags. Top-level templates are compiled by Eleventy itself, so their
 * markup lives in `_includes/pages/`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { writeFileAtomicallySync } from '../fs/write-atomically.mjs';

// Nunjucks compiles, Eleventy's tags parse: the locked versions of both (and of everything else) are in the lock file.
const LOCKED_VERSIONS = createHash('sha1').update(readFileSync(new URL('../../package-lock.json', import.meta.url))).digest('hex');

/** What Nunjucks reads of an environment when it compiles (not in @types/nunjucks). */
interface CompilingEnvironment {
  opts: object;
  asyncFilters: string[];
  extensionsList: Array<{ tags?: string[] }>;
}

interface CacheEntry {
  key: string;
  code: string;
}

/** `searchPaths` as Eleventy's own loader has them; compiled code goes to `cacheDir`. */
export function cachingEnvironment(searchPaths: string[], options: nunjucks.ConfigureOptions, cacheDir: string): nunjucks.Environment {
  mkdirSync(cacheDir, { recursive: true });
  const loader = new nunjucks.FileSystemLoader(searchPaths);
  const environment = new nunjucks.Environment(loader, options);
  const readSource = loader.getSource.bind(loader);
  // Nunjucks takes a loader's `src` as either template text or `{ type: 'code', obj }`, the compiled template.
  loader.getSource = (name) => {
    const source = readSource(name);
    if (!source) return source;
    const code = compiledCode(source.src, source.path, environment as unknown as CompilingEnvironment, cacheDir);
    return { ...source, src: { type: 'code', obj: new Function(code)() } as unknown as string };
  };
  return environment;
}

function compiledCode(text: string, path: string, environment: CompilingEnvironment, cacheDir: string): string {
  const key = createHash('sha1')
    .update(JSON.stringify([LOCKED_VERSIONS, environment.opts, environment.asyncFilters, environment.extensionsList.map((e) => e.tags), path]))
    .update('\0')
    .update(text)
    .digest('hex');
  const file = join(cacheDir, `${createHash('sha1').update(path).digest('hex')}.json`);
  const cached = readEntry(file);
  if (cached?.key === key) return cached.code;
  // The public precompiler; a wrapper that returns the bare code rather than a script for browsers.
  const code = nunjucks.precompileString(text, {
    name: path,
    env: environment as unknown as nunjucks.Environment,
    wrapper: ((templates: Array<{ template: string }>) => templates[0]!.template) as never,
  });
  writeFileAtomicallySync(file, JSON.stringify({ key, code } satisfies CacheEntry));
  return code;
}

function readEntry(file: string): CacheEntry | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
}
