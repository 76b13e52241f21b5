/**
 * The node arguments of an npm script (`"build": "node … src/cli/build.ts"`), so tests run a command exactly as
 * `npm run` does, without npm's own process.
 */
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url).pathname;
const scripts = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Arguments for `process.execPath` (run with the project root as working folder), then `args`. */
export function npmScriptArgs(name: 'build' | 'build:low-memory' | 'check', args: string[] = []): string[] {
  const [command, ...nodeArgs] = scripts[name]!.split(' ');
  if (command !== 'node') throw new Error(`npm script "${name}" does not start with node: ${scripts[name]}`);
  return [...nodeArgs, ...args];
}
