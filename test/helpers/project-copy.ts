/**
 * A copy of the project's sources, templates, public files and content in `project` (created), with its packages
 * linked one by one: for tests that run a command against folders around a project without touching this one. Its
 * `node_modules/.cache` is its own, so a build there makes its own compiled copy instead of replacing this project's.
 */
import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

export async function copyProject(project: string): Promise<void> {
  await mkdir(project);
  for (const entry of ['src', 'templates', 'public', 'content', 'package.json', 'package-lock.json', 'tsconfig.json', '.eleventy.ts']) {
    await cp(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  await mkdir(join(project, 'node_modules'));
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name !== '.cache') await symlink(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
  }
}
