/**
 * Eleventy never deletes output, so during `serve` the page of a deleted or renamed article would live on. After
 * each full build this removes the pages the previous build wrote and this one did not.
 */
import { rm, rmdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

export function stalePagePruner(outDir: string): (written: Array<{ outputPath?: string | false }>) => Promise<string[]> {
  const root = resolve(outDir);
  let previous = new Set<string>();
  return async (written) => {
    const current = new Set(
      written.map((r) => (typeof r.outputPath === 'string' ? resolve(r.outputPath) : '')).filter((p) => p.startsWith(root + sep)),
    );
    const stale = [...previous].filter((p) => !current.has(p));
    for (const file of stale) {
      await rm(file, { force: true });
      // `artikel/<slug>/` is left empty: remove it, and stop at the first folder that still holds something.
      for (let dir = dirname(file); dir.startsWith(root + sep); dir = dirname(dir)) {
        try {
          await rmdir(dir);
        } catch {
          break;
        }
      }
    }
    previous = current;
    return stale;
  };
}
