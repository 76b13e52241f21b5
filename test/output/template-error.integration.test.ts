/**
 * A template that fails stops `npm run build` with the template's own error (not only Eleventy's "Having trouble
 * rendering" wrapper), leaves the previous output as it was and no staging folder behind. The templates are the
 * project's, so the build runs in a copy of the project with one broken template added.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { tempDir } from '../helpers/temp-dir.ts';

// Two builds, each from a compiled copy made for the project's copy: minutes on a busy machine.
test('a failing template stops the build with its own error and leaves the previous output alone', { timeout: 300_000 }, async () => {
  const work = await tempDir('arsip-template-error-');
  const project = join(work, 'project');
  await copyProject(project);
  await writeFile(
    join(project, 'templates', 'broken.11ty.ts'),
    [
      "import { html } from '../src/site/html.ts';",
      "export const data = { permalink: '/rusak/' };",
      'export const render = (data: { fieldThatDoesNotExist: string }) => html`<p>${data.fieldThatDoesNotExist}</p>`.markup;',
    ].join('\n'),
  );
  const out = join(work, 'site');
  const build = () => promisify(execFile)(process.execPath, npmScriptArgs('build', ['--out', out, '--cache', join(work, 'cache'), '--quiet']), { cwd: project });
  await rename(join(project, 'templates', 'broken.11ty.ts'), join(work, 'broken.11ty.ts'));
  await build(); // the previous site
  const previous = await readFile(join(out, 'index.html'), 'utf8');
  await rename(join(work, 'broken.11ty.ts'), join(project, 'templates', 'broken.11ty.ts'));

  const result = await build().then(
    () => assert.fail('the build succeeded'),
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Having trouble rendering 11ty\.ts template \.\/templates\/broken\.11ty\.ts/);
  assert.match(result.stderr, /caused by TypeError: attempted to output undefined value/);
  assert.match(result.stderr, /the previous output in .* was left as it was/);
  assert.equal(await readFile(join(out, 'index.html'), 'utf8'), previous);
  assert.deepEqual((await readdir(`${out}.arsip`)).filter((name) => name.startsWith('staging-')), [], 'no staging folder left behind');
});
