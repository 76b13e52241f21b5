/**
 * A full disk in the cache folder: the build goes on without caching, exits 0, says so in one line per kind of cache
 * (no stack trace), and writes the same site as with a working cache. The full disk is a real one, a tiny tmpfs;
 * where mounting one is not allowed (not root, no mount namespace), the test is skipped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REAL_CONTENT } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

async function files(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name).slice(dir.length + 1), await readFile(join(entry.parentPath, entry.name), 'latin1'));
  }
  return found;
}

test('a full disk in the cache folder: exit 0, one warning line per cache kind, the same site', { timeout: 180_000 }, async (t) => {
  const work = await tempDir('arsip-full-disk-');
  const disk = join(work, 'disk');
  await mkdir(disk);
  try {
    // Room for the folders and a few small entries, not for the render shards and search entries.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { stdio: 'ignore' });
  } catch {
    return t.skip('mounting a tmpfs is not allowed here');
  }
  try {
    const build = (out: string, cache: string) =>
      run(process.execPath, npmScriptArgs('build', ['--content', REAL_CONTENT, '--out', join(work, out), '--cache', cache, '--quiet']), { cwd: ROOT });
    const { stderr } = await build('full', join(disk, 'cache')); // rejects on a non-zero exit
    const lines = stderr.split('\n').filter(Boolean);
    assert.ok(lines.length > 0, 'the full disk is reported');
    for (const line of lines) assert.match(line, /^warning: [a-z ]+: cannot write .* \(ENOSPC\); this build goes on without caching$/);
    const kinds = lines.map((line) => line.split(':')[1]);
    assert.equal(new Set(kinds).size, kinds.length, `one line per kind of cache: ${stderr}`);
    await build('working', join(work, 'cache'));
    assert.deepEqual(await files(join(work, 'full')), await files(join(work, 'working')));
  } finally {
    execFileSync('umount', [disk]);
  }
});
