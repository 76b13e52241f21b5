/**
 * The browser stems with the dictionary restricted to the roots the build
 * found (the payload's `s/` files), not the 30,000-word list. These tests
 * prove both stem alike: over every token of the archive, for the shared
 * modules and for the esbuild bundle the browser actually runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { loadFullDictionary } from '../../src/search/dictionary.ts';
import { ARTICLE_FIELDS } from '../../src/search/fields.ts';
import { HEAD_FILE, rootsFile, type HeadPayload } from '../../src/search/payload.ts';
import { createStemmer } from '../../src/search/stemmer.ts';
import { tokenize } from '../../src/search/tokenizer.ts';
import { archive } from './fixture.ts';
import { loadStemPairs } from './stem-pairs.ts';

const files = buildSearchFiles(archive);
const headJson = JSON.parse(files.get(HEAD_FILE)!) as HeadPayload;
const head = { dictionary: headJson.endings.flatMap((ending) => JSON.parse(files.get(rootsFile(ending))!) as string[]) };
const full = createStemmer(loadFullDictionary());
const articleTexts = archive.articles.flatMap((a) => ARTICLE_FIELDS.map((field) => field.extract({ ...a, source: a.source.source })));
const archiveTokens = [...new Set(articleTexts.flatMap(tokenize))];

test('the browser dictionary is the small set of roots the archive uses, filed by ending', () => {
  assert.ok(head.dictionary.length > 20 && head.dictionary.length < 200, `${head.dictionary.length} roots`);
  for (const ending of headJson.endings) for (const root of JSON.parse(files.get(rootsFile(ending))!) as string[]) assert.ok(root.endsWith(ending) || ending === '_', root);
  assert.ok(head.dictionary.every((word) => loadFullDictionary().has(word)));
  assert.ok(head.dictionary.includes('berantas') && !head.dictionary.includes('zuriah'));
});

test('every archive token stems the same with the restricted dictionary', () => {
  const restricted = createStemmer(new Set(head.dictionary));
  const differing = archiveTokens.filter((token) => full(token) !== restricted(token));
  assert.deepEqual(differing, []);
});

test('query words whose build stem is indexed stem the same in the browser', async () => {
  const restricted = createStemmer(new Set(head.dictionary));
  const indexed = new Set(head.dictionary);
  // Affixed forms the archive does not contain verbatim: the browser must still find their roots.
  const words = [...(await loadStemPairs()).map((p) => p.word), 'diberantas', 'pemberantasan', 'bertemu', 'kesepakatannya'];
  const relevant = words.filter((word) => indexed.has(full(word)));
  assert.ok(relevant.length >= 4);
  for (const word of relevant) assert.equal(restricted(word), full(word), word);
});

test('the bundled browser stemmer stems the archive exactly as the build does', async () => {
  const entry = fileURLToPath(new URL('./parity-entry.ts', import.meta.url));
  const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: 'parity', target: 'es2020', minify: true });
  const context: { parity?: { stemAll(dictionary: string[], words: string[]): string[] } } = {};
  runInNewContext(bundle.outputFiles[0]!.text, context);
  const browserStems = context.parity!.stemAll(head.dictionary, archiveTokens);
  assert.deepEqual(browserStems, archiveTokens.map(full));
});
