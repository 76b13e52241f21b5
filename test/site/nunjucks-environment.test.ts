import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cachingEnvironment } from '../../src/site/nunjucks-environment.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const OPTIONS = { autoescape: true, throwOnUndefined: true };

async function fixture(): Promise<{ includes: string; cacheDir: string }> {
  const dir = await tempDir('nunjucks-environment-');
  const includes = join(dir, '_includes');
  await mkdir(join(includes, 'layouts'), { recursive: true });
  await writeFile(join(includes, 'layouts', 'base.njk'), '<main>{% block content %}{% endblock %}</main>');
  await writeFile(join(includes, 'page.njk'), '{% extends "layouts/base.njk" %}{% block content %}Halo, {{ name }}!{% endblock %}');
  return { includes, cacheDir: join(dir, 'cache') };
}

// Each render uses a new environment, as each build does.
const render = (includes: string, cacheDir: string, name: string) =>
  cachingEnvironment([includes], OPTIONS, cacheDir).render('page.njk', { name });

test('templates render as without the cache, escaped, and their compiled code is kept', async () => {
  const { includes, cacheDir } = await fixture();
  assert.equal(render(includes, cacheDir, '<Lavrov>'), '<main>Halo, &lt;Lavrov&gt;!</main>');
  assert.equal((await readdir(cacheDir)).length, 2, 'one entry per template: the page and its layout');
  assert.equal(render(includes, cacheDir, '<Lavrov>'), '<main>Halo, &lt;Lavrov&gt;!</main>');
  assert.throws(() => render(includes, cacheDir, undefined as unknown as string), /undefined/, 'throwOnUndefined still holds');
});

test('a later build runs the kept code, and compiles a template again once its text changes', async () => {
  const { includes, cacheDir } = await fixture();
  render(includes, cacheDir, 'Retno');
  // Change the kept code (not its key): a build that shows the change ran it instead of compiling the template.
  for (const name of await readdir(cacheDir)) {
    const file = join(cacheDir, name);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Halo, ', 'Hai, '));
  }
  assert.equal(render(includes, cacheDir, 'Retno'), '<main>Hai, Retno!</main>');

  await writeFile(join(includes, 'page.njk'), '{% extends "layouts/base.njk" %}{% block content %}Selamat datang, {{ name }}.{% endblock %}');
  assert.equal(render(includes, cacheDir, 'Retno'), '<main>Selamat datang, Retno.</main>');
});
