/** `npm run check [-- --content DIR]`: validates every content file without building the site. */
import { parseArgs } from 'node:util';
import { loadArchive } from '../content/load.ts';
import { reportErrors, summaryLine } from './content-report.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const result = await loadArchive({ contentDir: values.content!, includeDrafts: true, cacheDir: '.cache/render' });
const failed = reportErrors(result);
console.log(`check: ${summaryLine(result)}`);
process.exitCode = failed ? 1 : 0;
