/**
 * A hash of everything besides the content that shapes the output: our source code, the templates, the Eleventy
 * config, the locked dependency versions and Node's version. When it changes, an incremental build renders every
 * page again, so a changed template or helper never leaves a stale page behind.
 */
import { codeVersion as versionOf } from '../cache/key.mjs';

export function codeVersion(root: string): string {
  return versionOf(root, ['src', 'templates', '.eleventy.ts', 'package-lock.json'], [process.version]);
}
