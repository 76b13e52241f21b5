/** `npm run new` and `npm run import` as an editor runs them, on temporary content folders. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeContent } from '../helpers/content-fixture.ts';
import { loadArchive } from '../../src/content/load.ts';
import { todayInJakarta } from '../../src/authoring/new-article.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const tsx = (script: string, args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

test('new: writes complete, canonical front-matter, prints the path, and refuses to overwrite', async () => {
  const content = await makeContent({});
  const args = ['--content', content, 'Lavrov: "Kami Siap" #1', '--date', '2017-08-09', '--source', 'antara news', '--actors', 'lavrov, Menlu RI', '--topics', 'Kontraterorisme'];
  const first = await tsx('src/cli/new.ts', args);
  const path = join(content, 'articles', '2017-08-09-lavrov-kami-siap-1.md');
  assert.equal(first.code, 0);
  assert.equal(first.stdout.trim(), path);
  assert.equal(
    await readFile(path, 'utf8'),
    '---\ntitle: \'Lavrov: "Kami Siap" #1\'\ndate: 2017-08-09\nsource:\n  name: ANTARA\nactors: [Sergey Lavrov, Retno Marsudi]\ntopics: [kontraterorisme]\n---\n\n',
  );

  // The empty body is rejected by check until written; once written the article is valid as it stands.
  assert.deepEqual((await loadArchive({ contentDir: content })).errors.map((e) => e.message), ['article has no body text']);
  await writeFile(path, `${await readFile(path, 'utf8')}Isi artikel.\n`);
  const loaded = await loadArchive({ contentDir: content });
  assert.deepEqual(loaded.errors, []);
  assert.equal(loaded.archive.articles[0]!.title, 'Lavrov: "Kami Siap" #1');

  const again = await tsx('src/cli/new.ts', args);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already exists; not overwritten/);
  assert.match(await readFile(path, 'utf8'), /Isi artikel\./, 'the existing file is untouched');
});

test('new: unknown names get suggestions and nothing is written; missing fields are TODOs', async () => {
  const content = await makeContent({});
  const bad = await tsx('src/cli/new.ts', ['--content', content, 'Judul', '--source', 'Antaraa', '--actors', 'Lavrof', '--date', '2017-02-30']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /unknown source "Antaraa": did you mean "ANTARA"/);
  assert.match(bad.stderr, /unknown actor "Lavrof": did you mean "Lavrov"/);
  assert.match(bad.stderr, /--date: 2017-02-30 does not exist/);
  assert.deepEqual(await readdir(content), ['registry']);

  const bare = await tsx('src/cli/new.ts', ['--content', content, 'Judul Saja', '--draft']);
  assert.equal(bare.code, 0);
  const text = await readFile(bare.stdout.trim(), 'utf8');
  assert.ok(bare.stdout.trim().endsWith(`${todayInJakarta()}-judul-saja.md`), 'dated today in Jakarta');
  assert.match(text, /name: "TODO: /);
  assert.match(text, /topics: \["TODO: /);
  assert.match(text, /draft: true/);
  const { errors } = await loadArchive({ contentDir: content, includeDrafts: true });
  assert.ok(errors.some((e) => e.message === '"source.name" is still a TODO'));
  assert.ok(errors.some((e) => e.message === '"topics.0" is still a TODO'));
});

test('import: an unknown publisher and an undatable text become TODOs that check rejects; --publish drops draft', async () => {
  const content = await makeContent({});
  const raw = join(content, 'raw.txt');
  await writeFile(raw, 'Rusia dan ISIS\nPenulis Satu | Koran Baru\nLavrov berbicara tentang teroris ISIS dan terorisme di Jakarta.\n');
  const dry = await tsx('src/cli/import.ts', ['--content', content, '--dry-run', raw]);
  assert.match(dry.stdout, /dry run: nothing written/);
  assert.deepEqual((await readdir(content)).sort(), ['raw.txt', 'registry']);
  const run = await tsx('src/cli/import.ts', ['--content', content, '--publish', raw]);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /date\s+TODO\s+—\s+no date expression found/);
  assert.match(run.stdout, /source\s+TODO\s+—\s+publisher not in content\/registry\/sources\.yaml: byline "Koran Baru"/);
  assert.match(run.stdout, /TODO: fill in date, source in /);
  const [file] = await readdir(join(content, 'articles'));
  assert.equal(file, 'tanpa-tanggal-rusia-dan-isis.md');
  const text = await readFile(join(content, 'articles', file!), 'utf8');
  assert.doesNotMatch(text, /draft:/);
  const { errors } = await loadArchive({ contentDir: content });
  assert.deepEqual(errors.filter((e) => /TODO/.test(e.message)).map((e) => e.message), ['"date" is still a TODO', '"source.name" is still a TODO']);
});

test('serve refuses to empty a folder it did not make', async () => {
  const content = await makeContent({ 'precious.txt': 'keep me' });
  const run = await tsx('src/cli/serve.ts', ['--content', content, '--out', content, '--port', '1']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^serve: refusing --out .*arsip-content-\w+: .* itself; nothing was changed\n$/);
  assert.equal(await readFile(join(content, 'precious.txt'), 'utf8'), 'keep me');
});
