/**
 * How many cases a randomised test tries: a quarter of its full count in the everyday loop, all of them with
 * `FUZZ=full` (e.g. before a release, or after changing the code a differential test guards). Same seeds either way,
 * so the everyday cases are the first ones of the full run.
 */
const SCALE = process.env.FUZZ === 'full' ? 1 : 0.25;

export const fuzzRuns = (full: number): number => Math.ceil(full * SCALE);
