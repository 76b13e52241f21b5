/** `npm run check [-- --content DIR]`: validates every content file without building the site. */
import { loadArchive } from '../content/load.ts';
import { reportProblems, summaryLine } from './content-report.ts';
import { parseOptions } from './options.ts';

const { values } = parseOptions({
  name: 'check',
  usage: '[--content DIR]',
  summary: 'Validates every content file (articles, registry, site.yaml) without building the site.',
  options: { content: { type: 'string', value: 'DIR', default: 'content', description: 'the content folder' } },
});
const result = await loadArchive({ contentDir: values.content, includeDrafts: true, cacheDir: '.cache/render' });
const failed = reportProblems(result);
console.log(`check: ${summaryLine(result)}`);
process.exitCode = failed ? 1 : 0;
