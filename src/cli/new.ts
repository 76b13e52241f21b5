/**
 * `npm run new -- "Judul artikel" [--date YYYY-MM-DD] [--source NAME] [--author NAME] [--url URL]
 *   [--actors "A, B"] [--topics "x, y"] [--summary TEXT] [--draft] [--content DIR]`
 * writes `<content>/articles/<date>-<slug>.md` with complete front-matter, never over an existing file, and prints
 * its path.
 */
import { resolve } from 'node:path';
import { loadRegistry } from '../content/registry.ts';
import { formatContentError } from '../content/errors.ts';
import { newArticle } from '../authoring/new-article.ts';
import { articlePath, writeNewFile, FileExistsError } from '../authoring/article-file.ts';
import { parseOptions } from './options.ts';

const { values, positionals } = parseOptions({
  name: 'new',
  usage: '"Judul artikel" [options]',
  summary: 'Writes content/articles/<date>-<slug>.md with complete front-matter (never over an existing file) and prints its path.',
  positionals: { min: 1, max: 1 },
  options: {
    date: { type: 'string', value: 'YYYY-MM-DD', description: 'publication date, optionally with a time (default: today in Jakarta)' },
    source: { type: 'string', value: 'NAME', description: 'publisher, a name or alias from content/registry/sources.yaml' },
    author: { type: 'string', value: 'NAME', description: 'byline' },
    url: { type: 'string', value: 'URL', description: 'link to the original article (http or https)' },
    actors: { type: 'string', value: '"A, B"', description: 'comma-separated actor names from the registry' },
    topics: { type: 'string', value: '"x, y"', description: 'comma-separated topic ids from the registry' },
    summary: { type: 'string', value: 'TEXT', description: 'one-sentence summary' },
    draft: { type: 'boolean', default: false, description: 'write draft: true' },
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content folder' },
  },
});

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const { registry, errors } = await loadRegistry(resolve(values.content!));
if (errors.length > 0) {
  for (const error of errors) console.error(formatContentError(error));
  process.exit(1);
}

const result = newArticle(
  {
    title: positionals[0]!,
    ...(values.date ? { date: values.date } : {}),
    ...(values.source ? { source: values.source } : {}),
    ...(values.author ? { author: values.author } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values.summary ? { summary: values.summary } : {}),
    actors: list(values.actors),
    topics: list(values.topics),
    draft: values.draft,
  },
  registry,
);
if (!result.ok) {
  for (const problem of result.problems) console.error(`new: ${problem}`);
  process.exit(1);
}

const path = articlePath(values.content!, result.fileName);
try {
  await writeNewFile(path, result.markdown);
} catch (error) {
  if (!(error instanceof FileExistsError)) throw error;
  console.error(`new: ${error.message}`);
  process.exit(1);
}
console.log(path);
const missing = [...result.todos, 'the body'];
console.error(`write ${missing.join(', ')} in ${path}; \`npm run check\` rejects the file until then`);
