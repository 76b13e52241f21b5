/**
 * A copy of the project's sources, templates, public files and content in `project` (created), with `node_modules`
 * linked: for tests that run a command against folders around a project without touching this one.
 */
import { cp, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

export async function copyProject(project: string): Promise<void> {
  await mkdir(project);
  for (const entry of ['src', 'templates', 'public', 'content', 'package.json', 'package-lock.json', 'tsconfig.json', '.eleventy.ts']) {
    await cp(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'));
}
