/**
 * `build --cache DIR` refuses a cache folder that is, holds or lies inside what the build reads or writes (the
 * project, its content and sources, the output), with one line naming it and exit code 2, before anything is
 * written: the caches prune their folders. Run in a copy of the project, so that a failing check harms nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { copyProject } from '../helpers/project-copy.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);

test('build refuses a --cache that is, holds or lies inside the project, its content, sources or output', { timeout: 120_000 }, async () => {
  const work = await tempDir('arsip-refuse-cache-');
  const project = join(work, 'project');
  await copyProject(project);
  const entries = async () => [...(await readdir(work, { recursive: true }))].filter((path) => !path.startsWith('project/node_modules/')).sort();
  const before = await entries();
  for (const cache of ['..', '.', 'content', 'content/articles', 'src/cache', 'public/cache', '../site/cache']) {
    const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--out', '../site', '--cache', cache, '--quiet'], { cwd: project }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(result.code, 2, `--cache ${cache}: exit code (stderr: ${result.stderr})`);
    assert.match(result.stderr, new RegExp(`^build: refusing --cache ${cache.replace(/[.]/g, '\\.')}: [^\\n]+\\n$`), `--cache ${cache}: one line naming it`);
    assert.deepEqual(await entries(), before, `--cache ${cache}: nothing was written`);
  }
});
