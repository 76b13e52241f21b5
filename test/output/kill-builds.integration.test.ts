/**
 * Builds killed (SIGKILL) at random moments, full and incremental, leave the complete old site or the complete new
 * one, byte for byte as clean builds make them; the next build completes the site and clears what the killed ones
 * left behind. bench/kill-loop.ts runs the same with many more kills and prints a summary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { killBuilds } from '../helpers/kill-builds.ts';
import { waitFor } from '../helpers/wait.ts';

test('a build killed at any moment leaves the old site or the new one, never a mix; the next build clears its leftovers', { timeout: 600_000 }, async () => {
  const loop = await killBuilds(10);
  for (const [i, trial] of loop.trials.entries()) {
    assert.ok(trial.outcome === 'old' || trial.outcome === 'new', `kill ${i + 1} (${trial.kind}, after ${trial.killedAfterMs} ms): ${trial.outcome} ${trial.strays.slice(0, 5).join(', ')}`);
  }
  assert.ok(loop.trials.some((trial) => !trial.finished), 'some builds were killed before they ended');
  assert.ok(await loop.finish(), 'the build after the kills equals a clean build');
  await waitFor('the leftovers of killed builds to be deleted', async () => (await loop.leftovers()).length === 0, 30_000);
});
