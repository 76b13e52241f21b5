/**
 * `npm run kill-loop [-- KILLS]`: kills that many builds (default 60, alternately full and incremental) at random
 * moments with SIGKILL and prints, for each, what it left in the output (the old site, the new one, or a mix), then a
 * summary. Exits 1 if any kill left a mix, the build after them differs from a clean build, or leftovers of killed
 * builds outlive it. The machinery is test/helpers/kill-builds.ts, which test/output/kill-builds.integration.test.ts runs too.
 */
import { killBuilds } from '../test/helpers/kill-builds.ts';
import { waitFor } from '../test/helpers/wait.ts';

const kills = Number(process.argv[2] ?? 60);
const started = performance.now();
const loop = await killBuilds(kills, (trial, i) =>
  console.log(
    `kill ${String(i + 1).padStart(3)}: ${trial.kind.padEnd(11)} killed after ${String(trial.killedAfterMs).padStart(5)} ms → ` +
      `${trial.finished ? 'ended before the kill, ' : ''}${trial.outcome} site${trial.strays.length ? ` (${trial.strays.length} stray files: ${trial.strays.slice(0, 3).join(', ')})` : ''}`,
  ),
);
const count = (test: (t: (typeof loop.trials)[number]) => boolean) => loop.trials.filter(test).length;
const finished = await loop.finish();
const cleared = await waitFor('leftovers to be deleted', async () => (await loop.leftovers()).length === 0, 30_000).then(
  () => true,
  () => false,
);
const mixed = count((t) => t.outcome === 'mixed' || t.outcome === 'none');
console.log(
  `\n${kills} builds killed (${count((t) => t.kind === 'full')} full, ${count((t) => t.kind === 'incremental')} incremental; ` +
    `${count((t) => t.finished)} ended before their kill): ${count((t) => t.outcome === 'old')} left the old site, ` +
    `${count((t) => t.outcome === 'new')} the new one, ${mixed} a mix or nothing.\n` +
    `Build after the kills equals a clean build: ${finished ? 'yes' : 'NO'}; leftovers of killed builds deleted: ${cleared ? 'yes' : 'NO'}. ` +
    `(${Math.round((performance.now() - started) / 1000)} s)`,
);
process.exitCode = mixed === 0 && finished && cleared ? 0 : 1;
