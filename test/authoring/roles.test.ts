/** Offices held for a term: a title names its holder only within the term (issue 20, "Importer ignores time"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadRegistry } from '../../src/content/registry.ts';
import { loadArchive } from '../../src/content/load.ts';
import { createImporter } from '../../src/authoring/import-article.ts';
import { reviewTable } from '../../src/authoring/review-table.ts';
import { article, makeContent, REAL_CONTENT } from '../helpers/content-fixture.ts';

const { registry, errors: registryErrors } = await loadRegistry(REAL_CONTENT);
const importArticle = createImporter(registry);

test('the registry gives people structured terms of office', () => {
  assert.deepEqual(registryErrors, []);
  const galuzin = registry.actor('Galuzin')!;
  assert.deepEqual(galuzin.roles, [{ title: 'Duta Besar Rusia untuk Indonesia', aliases: ['Dubes Rusia'], from: 2012, to: 2018 }]);
  assert.equal(registry.actor('Duta Besar Rusia untuk Indonesia'), undefined, 'an office is not an alias');
  assert.equal(registry.actorAt('Dubes Rusia', 2016)?.name, 'Mikhail Galuzin');
  assert.equal(registry.actorAt('Dubes Rusia', 2019), undefined);
});

test('import: a 2019 text naming an unknown ambassador and "Kepala BNPT" tags neither Galuzin nor Saud Usman', () => {
  const raw = [
    'Rusia dan Indonesia Perkuat Kerja Sama Kontraterorisme',
    'Jakarta, Senin (12/8/2019) - Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva bertemu Kepala BNPT di Jakarta.',
    'Keduanya membahas ancaman terorisme dan ISIS di kawasan.',
  ].join('\n');
  const imported = importArticle(raw);
  assert.equal(imported.fields.date.value, '2019-08-12');
  assert.deepEqual(imported.fields.actors.value, ['Rusia', 'Indonesia', 'ISIS']);
  assert.deepEqual(imported.unknownNames, [{ name: 'Lyudmila Vorobieva', title: 'Duta Besar Rusia untuk Indonesia' }]);
  assert.match(imported.fields.actors.how, /offices left out: Kepala BNPT \(nobody in the registry held it in 2019\)/);
  assert.match(reviewTable(imported), /unknown names: Lyudmila Vorobieva \(Duta Besar Rusia untuk Indonesia\): add them to content\/registry\/actors\.yaml/);
  assert.match(imported.markdown, /Lyudmila Vorobieva/, 'the unknown name is in the review comment of the written file');
});

test('import: within the term, the office names its holder; a named holder is not counted twice', () => {
  const raw = 'Judul Berita Kontraterorisme\nJakarta, Jumat (29/1/2016) - Kepala BNPT bertemu Duta Besar Rusia untuk Indonesia Mikhail Galuzin.\nParagraf akhir tentang terorisme.';
  const imported = importArticle(raw);
  assert.equal(imported.fields.date.value, '2016-01-29');
  assert.deepEqual(imported.fields.actors.value, ['Mikhail Galuzin', 'Saud Usman Nasution']);
  assert.deepEqual(imported.unknownNames, []);
});

test('front-matter: an office names whoever held it in the article\'s year, and is an error outside any term', async () => {
  const dir = await makeContent({
    '2017.md': article({ actors: '[Menlu RI]' }),
    '2025.md': article({ date: '2025-07-10', actors: '[Menlu RI]' }),
  });
  const { archive, errors } = await loadArchive({ contentDir: dir });
  assert.deepEqual(errors.map((e) => [e.file.replace(/.*\//, ''), e.message]), [['2025.md', 'actor "Menlu RI" is an office, and nobody in the registry held it in 2025']]);
  assert.deepEqual(archive.articles.map((a) => [a.slug, a.actors.map((x) => x.name)]), [['2017', ['Retno Marsudi']]]);
});

test('registry: a term ending before it starts is an error on its line', async () => {
  const dir = await makeContent({});
  await writeFile(join(dir, 'registry', 'actors.yaml'), '- name: Uji Coba\n  kind: person\n  roles:\n    - { title: Kepala Uji, from: 2018, to: 2012 }\n');
  const { errors } = await loadRegistry(dir);
  assert.deepEqual(errors.map((e) => [e.line, e.message]), [[4, '"0.roles.0.to" must not be before "from" (found 2012)']]);
});
