/**
 * A fragment's `analysis` (how its words analyse where that is not the word itself) comes from the same pass over the
 * body as the index's terms, and is cached with them: its bytes must be those of analysing title, summary and text
 * word by word, as the fragment format describes (payload.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Archive } from '../../src/content/model.ts';
import { createTokenAnalyzer } from '../../src/search/analyzer.ts';
import { tokenOrder } from '../../src/search/article-terms.ts';
import { buildSearchFiles, withTitle } from '../../src/search/build-index.ts';
import { loadFullDictionary, rootRecordingStemmer } from '../../src/search/dictionary.ts';
import { docFile, type DocFragment } from '../../src/search/payload.ts';
import { normaliseToken, rawWords } from '../../src/search/tokenizer.ts';
import { TermsCache } from '../../src/cache/terms-cache.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { archive, article, generatedArticles, sources } from './fixture.ts';
import { termsAnalyser } from './unpacked-terms.ts';

/** The analysis by its definition: every word of the texts, analysed alone, keyed by token, tokens sorted. */
function expectedAnalysis(texts: string[]): Record<string, string> {
  const analyzeToken = createTokenAnalyzer(rootRecordingStemmer(loadFullDictionary())(new Set()));
  const analysis: Record<string, string> = {};
  for (const word of texts.flatMap(rawWords)) {
    const token = normaliseToken(word);
    const terms = token ? analyzeToken(token) : [];
    if (token && !(terms.length === 1 && terms[0] === token)) analysis[token] = terms.join(' ');
  }
  return Object.fromEntries(Object.keys(analysis).sort().map((token) => [token, analysis[token]!]));
}

const tricky = article({
  slug: '2031-02-03-tricky',
  title: 'Yang Negara-negara Rusia-Indonesia membahas 2017 Jum’at',
  summary: 'Kerja sama di bidang pemberantasan terorisme, yang dibahas oleh Sergéy',
  day: '2031-02-03',
  text: 'Pertemuan-pertemuan menteri; Rusia-Indonesia bersepakat. Dan yang ke-2 di Jum\'at 12:30, penanggulangan ISIS-nya.',
  topics: [],
  actors: [],
  source: sources[0]!,
});
const input: Archive = { ...archive, articles: [tricky, ...archive.articles, ...generatedArticles(200)] };

function fragments(files: Map<string, string>): DocFragment[] {
  return [...files].filter(([name]) => name.startsWith('d/')).map(([, json]) => JSON.parse(json) as DocFragment);
}

test("an article's terms carry its body's word analysis, made in the same pass", () => {
  const analyse = termsAnalyser();
  for (const item of input.articles) {
    const terms = analyse(item);
    assert.deepEqual(Object.fromEntries(terms.analysis), expectedAnalysis([item.summary ?? '', item.text]), item.id);
  }
});

test('every fragment carries the analysis of its title, summary and text, in the same bytes', () => {
  const built = fragments(buildSearchFiles(input));
  assert.equal(built.length, input.articles.length);
  for (const fragment of built) {
    assert.equal(JSON.stringify(fragment.analysis), JSON.stringify(expectedAnalysis([fragment.title, fragment.summary ?? '', fragment.text])), fragment.url);
  }
  const trickyFragment = built.find((fragment) => fragment.url === tricky.url)!;
  assert.equal(trickyFragment.analysis['yang'], '', 'a stopword of the title analyses to nothing');
  assert.equal(trickyFragment.analysis['membahas'], 'bahas');
});

test('fragments built from cached analyses are the same bytes', async () => {
  const dir = await tempDir('fragment-analysis-');
  const cold = new TermsCache(dir);
  const first = buildSearchFiles(input, { terms: cold });
  cold.save();
  const warm = new TermsCache(dir);
  const second = buildSearchFiles(input, { terms: warm });
  assert.equal(warm.stats.analysed, 0);
  for (const [name, json] of first) assert.equal(second.get(name), json, name);
  assert.equal(second.get(docFile(input.articles.length - 1)), first.get(docFile(input.articles.length - 1)));
});

test("a title's analysis is merged into the body's as a map of both, sorted, would hold them", () => {
  const tokens = ['a', 'b', 'yang', 'ke-2', '10', 'z', 'pertemuan', 'ö'];
  for (let seed = 0; seed < 200; seed++) {
    const pick = (k: number) => tokens[(seed * 7 + k * 13 + Math.floor(seed / 5) * k) % tokens.length]!;
    const body = [...new Map(Array.from({ length: seed % 6 }, (_, k) => [pick(k), `body ${k}`] as [string, string]))].sort(tokenOrder);
    const title = Array.from({ length: 1 + (seed % 4) }, (_, k): [string, string] => [pick(k + 3), `title ${k}`]);
    assert.deepEqual(withTitle(body, title), [...new Map([...body, ...title])].sort(tokenOrder), `seed ${seed}`);
  }
});
