import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { symlink } from 'node:fs/promises';
import { loadArchive } from '../../src/content/load.ts';
import { formatContentError, type ContentError } from '../../src/content/errors.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';

async function errorsFor(files: Record<string, string | Uint8Array>): Promise<ContentError[]> {
  const dir = await makeContent(files);
  return (await loadArchive({ contentDir: dir })).errors;
}

function only(errors: ContentError[], pattern: RegExp): ContentError {
  const matching = errors.filter((e) => pattern.test(e.message));
  assert.equal(matching.length, 1, `one error matching ${pattern}, got: ${errors.map(formatContentError).join(' | ')}`);
  return matching[0]!;
}

for (const opener of ['---js', '---javascript', '---JS', '--- js ', '---coffee']) {
  test(`"${opener}" front-matter is refused and never executed`, async () => {
    const marker = `__pwned_${Math.random().toString(36).slice(2)}`;
    const errors = await errorsFor({
      'a.md': `${opener}\n{ title: (globalThis.${marker} = 'ran'), date: '2017-08-09' }\n---\nIsi.\n`,
    });
    const error = only(errors, /front-matter language/);
    assert.equal(error.line, 1);
    assert.match(error.hint!, /only YAML/);
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
  });
}

test('broken YAML names the line', async () => {
  const errors = await errorsFor({ 'a.md': '---\ntitle: Judul\ndate: 2017-08-09\nactors: [Lavrov\ntopics: [x]\n---\nIsi.\n' });
  assert.ok(errors.length > 0);
  assert.ok(errors.every((e) => e.file.endsWith('a.md') && e.line >= 4 && e.message.startsWith('YAML:')), JSON.stringify(errors));
});

test('a missing field is reported with its name', async () => {
  const error = only(await errorsFor({ 'a.md': article({ title: '' }) }), /title/);
  assert.match(error.message, /missing required field "title"/);
});

test('an impossible date is an error on its line with a hint', async () => {
  const error = only(await errorsFor({ 'a.md': article({ date: '2017-02-30' }) }), /date/);
  assert.equal(error.line, 3);
  assert.match(error.message, /2017-02-30 does not exist/);
  assert.match(error.hint!, /YYYY-MM-DD/);
});

test('a date that is not ISO is an error', async () => {
  only(await errorsFor({ 'a.md': article({ date: '9 Agustus 2017' }) }), /not an ISO date/);
  only(await errorsFor({ 'b.md': article({ date: '2017-08-09T25:00' }) }), /not a time of day/);
});

test('an updated date before the date is an error', async () => {
  only(await errorsFor({ 'a.md': article({ updated: '2017-08-01' }) }), /earlier than "date"/);
});

test('an empty file is an error', async () => {
  only(await errorsFor({ 'a.md': '' }), /file is empty/);
  only(await errorsFor({ 'b.md': '   \n\n' }), /file is empty/);
});

test('a file without front-matter, or with unclosed front-matter, is an error', async () => {
  only(await errorsFor({ 'a.md': 'Hanya teks.\n' }), /missing front-matter/);
  only(await errorsFor({ 'b.md': '---\ntitle: Judul\n\nIsi.\n' }), /not closed/);
});

test('an article without body text is an error', async () => {
  only(await errorsFor({ 'a.md': article({}, '') }), /no body text/);
});

test('invalid UTF-8 is an error naming the line', async () => {
  const bytes = Buffer.concat([Buffer.from(article().replace('Isi berita', 'Isi\nberita')), Buffer.from([0xff, 0xfe, 0x0a])]);
  const error = only(await errorsFor({ 'a.md': bytes }), /not valid UTF-8/);
  assert.equal(error.line, 11);
});

test('unknown keys are errors; permalink gets its own hint', async () => {
  const errors = await errorsFor({ 'a.md': article({ titel: 'x', permalink: '../../etc/passwd' }) });
  assert.equal(only(errors, /"titel"/).line, 7);
  assert.match(only(errors, /"permalink"/).hint!, /file name/);
});

test('source URLs must be http(s): no javascript: links', async () => {
  const error = only(await errorsFor({ 'a.md': article({ source: '{ name: ANTARA, url: "javascript:alert(1)" }' }) }), /source\.url/);
  assert.match(error.message, /http/);
});

test('unknown actor, topic and source name the value and the closest known names', async () => {
  const errors = await errorsFor({ 'a.md': article({ actors: '[Lavrow, Indonesia]', topics: '[kontra-terorisme]', source: 'CNN Indonesa' }) });
  const actor = only(errors, /unknown actor "Lavrow"/);
  assert.match(actor.hint!, /"Lavrov"/);
  assert.equal(actor.line, 5);
  assert.match(only(errors, /unknown topic/).hint!, /kontraterorisme/);
  assert.match(only(errors, /unknown source/).hint!, /CNN Indonesia/);
});

test('an unquoted # that cut the title short is an error', async () => {
  const error = only(await errorsFor({ 'a.md': article({ title: 'Rusia #1 mitra Indonesia' }) }), /cut at "#"/);
  assert.match(error.hint!, /quotes/);
});

test('values left as TODO by the importer are rejected', async () => {
  const error = only(await errorsFor({ 'a.md': article({ date: '"TODO: tanggal tidak ditemukan"' }) }), /TODO/);
  assert.equal(error.line, 3);
});

test('duplicate slugs, including case-only differences, are errors in both files', async () => {
  const errors = await errorsFor({ 'Berita.md': article(), 'sub/berita.md': article(), 'berita!.md': article() });
  const collisions = errors.filter((e) => /URL slug "berita"/.test(e.message));
  assert.equal(collisions.length, 3);
});

test('symbolic links are refused, so nothing outside the content folder is read', async () => {
  const dir = await makeContent({});
  await symlink('/etc/hostname', join(dir, 'luar.md'));
  const { errors } = await loadArchive({ contentDir: dir });
  only(errors, /symbolic links/);
});

test('every problem in every file is collected at once, sorted by file and line', async () => {
  const errors = await errorsFor({
    'b.md': article({ date: '2017-13-01', actors: '[Siapa]' }),
    'a.md': article({ topics: '[]' }),
  });
  assert.ok(errors.length >= 3);
  assert.deepEqual(errors.map((e) => e.file.replace(/.*\//, '')), ['a.md', 'b.md', 'b.md']);
  assert.ok(errors[1]!.line < errors[2]!.line);
  assert.match(formatContentError(errors[0]!), /a\.md:\d+: .+/);
});

test('a broken registry is reported without burying it under "unknown name" errors from every article', async () => {
  const dir = await makeContent({ 'a.md': article(), 'registry/actors.yaml': '- name: Sergey Lavrov\n  kind: [\n' });
  const { errors } = await loadArchive({ contentDir: dir });
  assert.ok(errors.some((e) => e.file.endsWith('actors.yaml') && e.message.startsWith('YAML:')));
  assert.deepEqual(errors.filter((e) => e.message.startsWith('unknown ')), []);
});

test('error paths are relative to the working folder when the content is inside it, absolute otherwise', async () => {
  const dir = await makeContent({ 'articles/a.md': article({ title: '' }) });
  const outside = only((await loadArchive({ contentDir: dir })).errors, /title/);
  assert.equal(outside.file, join(dir, 'articles/a.md'));
  const cwd = process.cwd();
  process.chdir(join(dir, '..'));
  try {
    const inside = only((await loadArchive({ contentDir: dir })).errors, /title/);
    assert.equal(inside.file, join(basename(dir), 'articles/a.md'));
  } finally {
    process.chdir(cwd);
  }
});
