/**
 * How the importer's date and source inference fare beyond the five seeds, on IndoSum (2015–2018, clean text
 * without headlines). Dates are compared with the publication day in the URL, where there is one: the importer
 * dates the event reported, which is often the day before. Prints figures; run with
 * `npx tsx bench/import-corpus.bench.ts`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadRegistry } from '../src/content/registry.ts';
import { createImporter } from '../src/authoring/import-article.ts';

const CORPUS = new URL('../../shared/corpus/indosum-2015-2018.jsonl', import.meta.url).pathname;
const { registry } = await loadRegistry(new URL('../content/', import.meta.url).pathname);
const importArticle = createImporter(registry);
/** Corpus publisher names of the publishers the registry knows. */
const KNOWN: Record<string, string> = { 'cnn indonesia': 'CNN Indonesia', antaranews: 'ANTARA' };

/** `/2016/08/16/` or CNN's `/20150508141054-` */
function urlDay(url: string): string | undefined {
  const m = /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url) ?? /\/(20\d\d)(\d\d)(\d\d)\d{6}-/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

interface Tally { given: number; sameDay: number; dayBefore: number }
const tally = (): Tally => ({ given: 0, sameDay: 0, dayBefore: 0 });
const byConfidence: Record<string, Tally> = { high: tally(), medium: tally(), low: tally() };
const withYear = tally();
let articles = 0, urlDated = 0, known = 0, knownRight = 0, claimedForOthers = 0;

function score(t: Tally, day: string, got: string | undefined): void {
  if (!got) return;
  t.given++;
  const behind = (Date.parse(day) - Date.parse(got.slice(0, 10))) / 86_400_000;
  if (behind === 0) t.sameDay++;
  if (behind === 1) t.dayBefore++;
}

const started = performance.now();
for await (const line of createInterface({ input: createReadStream(CORPUS) })) {
  const { url, body, source } = JSON.parse(line) as { url: string; body: string; source: string };
  articles++;
  const { fields } = importArticle(body);
  if (KNOWN[source]) {
    known++;
    if (fields.source.value === KNOWN[source]) knownRight++;
  } else if (fields.source.value) {
    claimedForOthers++;
  }
  const day = urlDay(url);
  if (!day) continue;
  urlDated++;
  score(byConfidence[fields.date.confidence ?? 'low']!, day, fields.date.value);
  // An editor who gives the year (--year) leaves only the day to the weekday-checked expression.
  score(withYear, day, importArticle(body, { year: Number(day.slice(0, 4)) }).fields.date.value);
}

const pct = (a: number, b: number) => `${a}/${b} (${b === 0 ? '–' : ((100 * a) / b).toFixed(1)} %)`;
const describe = (t: Tally) => `given ${pct(t.given, urlDated)}; of those the URL day ${pct(t.sameDay, t.given)}, the day before ${pct(t.dayBefore, t.given)}`;
console.log(`IndoSum: ${articles} articles imported in ${((performance.now() - started) / 1000).toFixed(1)} s; ${urlDated} have a date in the URL`);
for (const [level, t] of Object.entries(byConfidence)) console.log(`date, ${level} confidence: ${describe(t)}`);
console.log(`date with --year <URL year>: ${describe(withYear)}`);
console.log(`source: right for ${pct(knownRight, known)} articles of registry publishers; a registry publisher claimed for ${claimedForOthers} of ${articles - known} others`);
