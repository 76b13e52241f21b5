/**
 * Hostile and random input: no query throws, input is capped, and the work and fetches of typo tolerance and phrase
 * checks are bounded for the worst queries and random ones.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Archive } from '../../src/content/model.ts';
import { fuzzyWork, MAX_LENGTH } from '../../src/search/client/fuzzy.ts';
import { MAX_WORDS, parseQuery } from '../../src/search/client/query.ts';
import { emptyRequest, MAX_QUERY_LENGTH, parseRequest } from '../../src/search/client/request.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { PHRASE_CHECKS, SearchEngine } from '../../src/search/client/engine.ts';
import { archive, generatedArticles, loaderOf } from './fixture.ts';
import { fuzzRuns, fuzzSeed } from '../helpers/fuzz-runs.ts';

const input: Archive = { ...archive, articles: [...archive.articles, ...generatedArticles(300)] };
const files = buildSearchFiles(input);
const engine = await SearchEngine.open(loaderOf(files));
/** Words in the largest vocabulary file. */
const vocabulary = Math.max(...[...files].filter(([name]) => name.startsWith('v/')).map(([, json]) => (JSON.parse(json) as string[]).length));

function randomQueries(count: number, seed: number): string[] {
  const alphabet = [...'abcdefghijklmnopqrstuvwxyz     ~^+-*:\'"\\/?&=#%()[]{}<>.,;!|`@$0123456789éüñ–—“”\u0000\u200b\ud83d\ude00'];
  const words = ['OR', '-rusia', '"kerja sama"', 'galusin', '2017', 'isis', 'yang', 'menteri', 'x'.repeat(300), 'pemberantasan'];
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: count }, (_, i) => {
    let q = '';
    const length = Math.floor(random() * (i % 10 === 0 ? 400 : 40));
    for (let j = 0; j < length; j++) q += random() < 0.1 ? ` ${words[Math.floor(random() * words.length)]} ` : alphabet[Math.floor(random() * alphabet.length)];
    if (i % 7 === 0) q += String.fromCharCode(Math.floor(random() * 0xffff));
    return q;
  });
}

/** The worst queries a reader could paste: long words just inside and far outside typo tolerance, many of them. */
const WORST = [
  'a'.repeat(1000),
  'galusinovskiyanakapura'.repeat(10),
  Array.from({ length: 40 }, (_, i) => `kesepakatn${'abcdefghij'[i % 10]}`).join(' '),
  Array.from({ length: 12 }, () => 'q'.repeat(MAX_LENGTH)).join(' '),
  Array.from({ length: 30 }, () => 'pemberantasann').join(' OR '),
  '"' + 'rusia '.repeat(60) + '"',
  // Matches nearly every document.
  'rusia OR menteri OR indonesia OR yang',
];

// 10,000 queries with FUZZ=full; the everyday loop tries a tenth, from the day's seed (test/helpers/fuzz-runs.ts).
test('random queries never throw', async () => {
  for (const q of randomQueries(fuzzRuns(10_000), 42 + fuzzSeed)) {
    try {
      await engine.search({ ...emptyRequest(), q }, 20);
    } catch (error) {
      assert.fail(`query ${JSON.stringify(q)} threw ${(error as Error).message} (FUZZ_SEED=${fuzzSeed})`);
    }
  }
});

test('queries are capped: 200 characters, 12 words', () => {
  assert.equal(parseRequest(`?q=${'a'.repeat(1000)}`).q.length, MAX_QUERY_LENGTH);
  const parsed = parseQuery(Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' '));
  assert.equal(parsed.groups.length, MAX_WORDS);
  assert.equal(parseQuery('a'.repeat(300)).groups[0]![0]!.length, MAX_QUERY_LENGTH);
});

test('typo tolerance skips long words; the work and fetches of the worst and random queries are bounded', async () => {
  fuzzyWork.cells = 0;
  const long = await engine.search({ ...emptyRequest(), q: 'x'.repeat(MAX_LENGTH + 1) }, 20);
  assert.equal(long.fuzzy, false);
  assert.equal(fuzzyWork.cells, 0, 'a word longer than 20 letters is never edited');
  // Counted, not timed: a runaway shows as work or fetches whatever the machine's load (a 200-letter word once took
  // 57 s of edit distances).
  for (const q of [...WORST, ...randomQueries(fuzzRuns(2_000), 7 + fuzzSeed)]) {
    fuzzyWork.cells = 0;
    const fetched: string[] = [];
    await (await SearchEngine.open(loaderOf(files, fetched))).search({ ...emptyRequest(), q }, 20);
    const label = `${JSON.stringify(q.slice(0, 40))}… (FUZZ_SEED=${fuzzSeed})`;
    // Per word (and its stem) at most one pass over a vocabulary file, five cells per letter (two edits).
    assert.ok(fuzzyWork.cells <= MAX_WORDS * 2 * vocabulary * MAX_LENGTH * 5, `${fuzzyWork.cells} cells for ${label}`);
    // Fragments: those a phrase is looked for in, and a page.
    const fragments = fetched.filter((path) => path.startsWith('d/')).length;
    assert.ok(fragments <= PHRASE_CHECKS + 20, `${fragments} fragments for ${label}`);
    assert.equal(new Set(fetched).size, fetched.length, `a file fetched twice for ${label}`);
  }
});
