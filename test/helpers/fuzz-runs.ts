/**
 * How many cases a randomised or sampled test tries, and which. The everyday loop tries a tenth of the full count,
 * from a seed that changes every day (UTC), so the cases tried add up over days: corpus samples take the next stretch
 * of the corpus each day. `FUZZ=full` tries all of them from the fixed seed (e.g. before a release, or after changing
 * the code a differential test guards). `FUZZ_SEED=<n>` repeats the run of seed n, which a failing test names.
 */
import { readCorpus, type CorpusRecord } from '../../bench/corpus-content.ts';

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
  return (await readCorpus(from + count, from)).map((record, i) => [from + i, record]);
}
