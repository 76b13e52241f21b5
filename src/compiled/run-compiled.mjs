// @ts-check
/**
 * `node src/compiled/run-compiled.mjs src/cli/build.ts [args…]`: runs a command from the compiled copy
 * (current-copy.mjs), made first if the sources changed since the last one. `serve`, which watches the sources, stays
 * on tsx. Plain JavaScript, because it runs before anything can load TypeScript.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledUrl } from './current-copy.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node src/compiled/run-compiled.mjs <entry.ts> [arguments…]');
  process.exit(2);
}
const commands = fileURLToPath(new URL('../cli/', import.meta.url));
const url = resolve(entry).startsWith(commands) ? await compiledUrl(pathToFileURL(resolve(entry)).href) : undefined;
if (!url) {
  console.error(`${entry}: not a command in src/cli/`);
  process.exit(2);
}
process.argv = [process.argv[0] ?? process.execPath, resolve(entry), ...args];
// Importing Eleventy registers an ESM resolve hook (on a thread of its own under Node 20) so that `--serve` can
// re-import JavaScript edited since; a command that runs once re-imports nothing, and the hook cost every later
// import a round trip.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
await import(url);
