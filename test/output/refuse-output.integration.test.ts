/**
 * `build` and `serve` only ever delete or replace an output folder they made themselves. Every other `--out` (the
 * project's parent, the project, its content or sources, a sibling project, a file, a foreign link, a folder with
 * other things in it) is refused with one line naming the path, exit code 2, and nothing on disk changes.
 *
 * The commands run in a copy of the project inside a temporary folder, next to a sibling "project": were the check
 * ever to fail, only that temporary folder could be harmed, never the repository running the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { copyProject } from '../helpers/project-copy.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);

interface Result {
  code: number;
  stderr: string;
}

/** A copy of the project (sources, templates, content; `node_modules` linked) beside a sibling project with files. */
async function projectCopy(): Promise<{ work: string; project: string }> {
  const work = await tempDir('arsip-refuse-');
  const project = join(work, 'project');
  await copyProject(project);
  await mkdir(join(work, 'other-project', 'notes'), { recursive: true });
  await writeFile(join(work, 'other-project', 'notes', 'todo.txt'), 'do not lose me\n');
  await writeFile(join(work, 'other-project', 'index.html'), '<p>another site</p>\n');
  return { work, project };
}

/**
 * Every entry under `dir` (links not followed) with its type and a hash of its bytes: what "nothing changed" means.
 * Not the folders a build of ours discarded in its store, which a detached process may still be deleting.
 */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (path.startsWith(join(dir, 'project', 'node_modules', ''))) continue;
    if (/\.arsip\/discarded-\d+-\d+-\d+(?:\/|$)/.test(path)) continue;
    const info = await lstat(path);
    if (info.isSymbolicLink()) entries.set(path, `link ${await readlink(path)}`);
    else if (info.isFile()) entries.set(path, `file ${createHash('sha1').update(await readFile(path)).digest('hex')}`);
    else entries.set(path, 'folder');
  }
  return entries;
}

async function command(project: string, script: 'build' | 'serve', out: string): Promise<Result> {
  // serve gets a port of its own: were it to start, it must not take one another test uses.
  const extra = script === 'serve' ? ['--port', '65001'] : ['--quiet', '--cache', join(project, '..', 'cache')];
  try {
    // Each command as its npm script runs it: build from the copy's compiled copy (made by its first build), serve under tsx.
    const command = script === 'build' ? npmScriptArgs('build') : ['--import', 'tsx', 'src/cli/serve.ts'];
    await run(process.execPath, [...command, '--out', out, ...extra], {
      cwd: project,
      timeout: 60_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

const refused = ['..', '.', 'content', 'src', '../other-project', 'content/site.yaml', 'package.json', 'content/articles', 'templates/_includes', 'foreign-link', 'notes'];

for (const script of ['build', 'serve'] as const) {
  test(`${script} refuses every --out it did not make, in one line with exit code 2, and changes nothing`, { timeout: 240_000 }, async () => {
    const { work, project } = await projectCopy();
    await symlink(join(work, 'other-project'), join(project, 'foreign-link'));
    await mkdir(join(project, 'notes'));
    await writeFile(join(project, 'notes', 'draft.md'), 'my notes\n');
    const before = await snapshot(work);
    for (const out of refused) {
      const { code, stderr } = await command(project, script, out);
      assert.equal(code, 2, `--out ${out}: exit code (stderr: ${stderr})`);
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 1, `--out ${out}: one line, not ${stderr}`);
      assert.match(lines[0]!, new RegExp(`^${script}: refusing --out ${out.replace(/[.]/g, '\\.')}: /`), `--out ${out}: names the path`);
      assert.deepEqual(await snapshot(work), before, `--out ${out}: nothing changed`);
    }
  });
}

test('build takes over a missing or empty folder, marks what it makes, and refuses to replace it once it has files of someone else', { timeout: 240_000 }, async () => {
  const { work, project } = await projectCopy();
  await mkdir(join(work, 'empty'));
  for (const out of ['../empty', '../missing/site']) {
    const { code, stderr } = await command(project, 'build', out);
    assert.equal(code, 0, stderr);
    const site = join(project, out);
    assert.ok((await lstat(site)).isSymbolicLink(), `${out} is the build's link`);
    assert.match(await readFile(join(site, 'index.html'), 'utf8'), /<html/);
    assert.match(await readFile(`${site}.arsip/.arsip-output`, 'utf8'), /npm run build/);
    assert.equal((await command(project, 'build', out)).code, 0, 'a folder the build made is replaced');
  }
  // The build's own store with someone's file in place of the marker is not the build's any more.
  await writeFile(join(work, 'empty.arsip', '.arsip-output'), 'something else\n');
  const before = await snapshot(work);
  const { code, stderr } = await command(project, 'build', '../empty');
  assert.equal(code, 2, stderr);
  assert.deepEqual(await snapshot(work), before);
});
