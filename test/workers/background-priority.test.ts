/**
 * The search index worker runs at a lower priority than the rest of the build (src/workers/background-priority.ts),
 * and only that thread: Linux keeps a nice value per thread, read here from /proc.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { startSearchIndexWorker } from '../../src/workers/search-index-thread.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { archive } from '../search/fixture.ts';

/** Nice value of each thread of this process. */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((thread) => {
    const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
    // After the command name in parentheses, which may hold spaces, the fields from the third (state) on.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

test('the search index worker, and no other thread, runs at nice 10 above the process', { skip: !existsSync('/proc/thread-self') && 'Linux only' }, async () => {
  const before = getPriority();
  const lowered = Math.min(19, before + 10);
  const worker = startSearchIndexWorker();
  try {
    for (let waited = 0; !threadNiceValues().includes(lowered) && waited < 20_000; waited += 50) await sleep(50);
    const values = threadNiceValues();
    assert.equal(values.filter((nice) => nice === lowered).length, 1, `nice values: ${values.join(' ')}`);
    assert.equal(getPriority(), before, 'the main thread keeps its priority');
  } finally {
    await worker.write(archive, join(await tempDir('background-priority-'), 'out'));
  }
});
