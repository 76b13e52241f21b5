/**
 * `npm run new -- "Judul artikel" [--date YYYY-MM-DD] [--source NAME] [--author NAME] [--url URL]
 *   [--actors "A, B"] [--topics "x, y"] [--summary TEXT] [--draft] [--content DIR]`
 * writes `<content>/articles/<date>-<slug>.md` with complete front-matter, never over an existing file, and prints
 * its path.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadRegistry } from '../content/registry.ts';
import { formatContentError } from '../content/errors.ts';
import { newArticle } from '../authoring/new-article.ts';
import { articlePath, writeNewFile, FileExistsError } from '../authoring/article-file.ts';

const USAGE = `usage: npm run new -- "Judul artikel" [--date YYYY-MM-DD] [--source NAME] [--author NAME] [--url URL]
                      [--actors "A, B"] [--topics "x, y"] [--summary TEXT] [--draft] [--content DIR]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    source: { type: 'string' },
    author: { type: 'string' },
    url: { type: 'string' },
    actors: { type: 'string' },
    topics: { type: 'string' },
    summary: { type: 'string' },
    draft: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

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
