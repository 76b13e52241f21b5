/**
 * `npm run import -- FILE... [--content DIR] [--year YYYY] [--publish] [--dry-run]`: turns raw pasted news texts
 * into draft articles in `<content>/articles/`, printing for each a review table of what was inferred and how.
 * Fields that could not be inferred are written as `TODO…`, which `npm run check` rejects.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadRegistry } from '../content/registry.ts';
import { formatContentError } from '../content/errors.ts';
import { createImporter } from '../authoring/import-article.ts';
import { articlePath, writeNewFile, FileExistsError } from '../authoring/article-file.ts';
import { reviewTable } from '../authoring/review-table.ts';
import { parseOptions } from './options.ts';

const { values, positionals } = parseOptions({
  name: 'import',
  usage: 'FILE... [--content DIR] [--year YYYY] [--publish] [--dry-run]',
  summary: 'Turns raw pasted news texts into draft articles, printing what was inferred for each and how.',
  positionals: { min: 1, max: Infinity },
  options: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content folder' },
    year: { type: 'string', value: 'YYYY', description: 'year for dates written without one' },
    publish: { type: 'boolean', default: false, description: 'write the articles without draft: true' },
    'dry-run': { type: 'boolean', default: false, description: 'print the review tables, write nothing' },
  },
});
const year = values.year === undefined ? undefined : Number(values.year);
if (year !== undefined && !/^\d{4}$/.test(values.year!)) {
  console.error(`--year must be a four-digit year, not "${values.year}"`);
  process.exit(2);
}

const contentDir = resolve(values.content!);
const { registry, errors } = await loadRegistry(contentDir);
if (errors.length > 0) {
  for (const error of errors) console.error(formatContentError(error));
  process.exit(1);
}
const importArticle = createImporter(registry);

let failed = 0;
for (const file of positionals) {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read (${(error as Error).message})`);
    failed++;
    continue;
  }
  const article = importArticle(raw, { draft: !values.publish, ...(year ? { year } : {}) });
  const target = articlePath(values.content!, article.fileName);
  console.log(`\n${file} → ${target}${values.publish ? '' : ' (draft)'}`);
  console.log(reviewTable(article));
  if (values['dry-run']) {
    console.log('  dry run: nothing written');
    continue;
  }
  try {
    await writeNewFile(target, article.markdown);
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    console.error(`  not written: ${error.message}`);
    failed++;
    continue;
  }
  console.log(
    article.todos.length > 0
      ? `  TODO: fill in ${article.todos.join(', ')} in ${target}; \`npm run check\` rejects the file until then`
      : `  check every value above${values.publish ? '' : ', then delete `draft: true` to publish'}`,
  );
}
process.exitCode = failed > 0 ? 1 : 0;
