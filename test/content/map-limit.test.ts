import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapLimit } from '../../src/content/map-limit.ts';

test('mapLimit keeps input order and never runs more than the limit at once', async () => {
  let running = 0;
  let peak = 0;
  const results = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n, i) => {
    peak = Math.max(peak, ++running);
    await sleep(n);
    running--;
    return `${i}:${n}`;
  });
  assert.deepEqual(results, ['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
  assert.equal(peak, 3);
});
