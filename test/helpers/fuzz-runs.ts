/**
 * How many cases a randomised or sampled test tries, and which. The everyday loop tries a tenth of the full count,
 * from a seed that changes every day (UTC), so the cases tried add up over days: corpus samples take the next stretch
 * of the corpus each day. `FUZZ=full` tries all of them from the fixed seed (e.g. before a release, or after changing
 * the code a differential test guards). `FUZZ_SEED=<n>` repeats the run of seed n, which a failing test names.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARED, type CorpusRecord } from '../../bench/corpus-content.ts';

const FULL = process.env.FUZZ === 'full';
const SCALE = FULL ? 1 : 0.1;

export const fuzzRuns = (full: number): number => Math.ceil(full * SCALE);

/** Added to a test's own seed: 0 in a full run, the day's number otherwise, or FUZZ_SEED. */
export const fuzzSeed: number = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FULL ? 0 : Math.floor(Date.now() / 86_400_000);

/** Records in ../shared/corpus (bench/corpus-content.ts): the titled news articles (clickid) first, then IndoSum. */
const CORPUS_RECORDS = 20_591;
export const TITLED_RECORDS = 17_128;

/**
 * `count` consecutive corpus records among the first `within`, each with its number in the corpus: from the first
 * record in a full run, else the seed's stretch (seed n takes the n-th stretch of `count`, wrapping round).
 */
export async function corpusSample(count: number, within = CORPUS_RECORDS): Promise<Array<[number, CorpusRecord]>> {
  const from = ((fuzzSeed * count) % within) % (within - count + 1);
  return (await corpusRecords(from, count)).map((record, i) => [from + i, record]);
}

/**
 * The records `readCorpus(from + count, from)` (bench/corpus-content.ts) returns: the corpus files' non-blank lines,
 * numbered across both files. Lines are found in the files' bytes and only the `count` wanted are decoded and parsed,
 * where readCorpus decodes and splits the whole corpus (about 40 MB) on every call.
 */
async function corpusRecords(from: number, count: number): Promise<CorpusRecord[]> {
  const records: CorpusRecord[] = [];
  let number = 0;
  for (const file of ['clickid-2019.jsonl', 'indosum-2015-2018.jsonl']) {
    const bytes = await readFile(join(SHARED, 'corpus', file));
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(10, start);
      const end = newline === -1 ? bytes.length : newline;
      const wanted = number >= from;
      // A line is blank when it holds only white space: decoded only when it starts with some, or is wanted.
      const text = wanted || isSpace(bytes[start]) ? bytes.toString('utf8', start, end) : undefined;
      if (text === undefined || text.trim()) {
        if (wanted) records.push(JSON.parse(text!) as CorpusRecord);
        if (++number >= from + count) return records;
      }
      start = end + 1;
    }
  }
  return records;
}

/** Bytes JavaScript's trim() removes that can start a UTF-8 line (the rest of its white space is not ASCII). */
const isSpace = (byte: number | undefined) => byte === undefined || byte === 9 || byte === 10 || byte === 11 || byte === 12 || byte === 13 || byte === 32 || byte >= 0x80;
