/**
 * The index's growing typed arrays (src/search/grown.ts): grown in place, contents kept, new room zero.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { growable, grown } from '../../src/search/grown.ts';

test('an array made growable grows in its own buffer, keeping its numbers and zeroing the new room', () => {
  const array = growable(Uint32Array, 4);
  array.set([1, 2, 3, 4]);
  const bigger = grown(array);
  assert.equal(bigger.buffer, array.buffer, 'no copy into a new buffer');
  assert.deepEqual([...bigger], [1, 2, 3, 4, 0, 0, 0, 0]);
  assert.deepEqual([...array], [1, 2, 3, 4], 'a view taken before still reads what it held');
  assert.equal(grown(bigger, 20).length, 20);
});

test('an array that cannot grow in place is copied into one that can', () => {
  const plain = Int32Array.from([-1, 7]);
  const bigger = grown(plain, 5);
  assert.notEqual(bigger.buffer, plain.buffer);
  assert.ok(bigger.buffer.resizable);
  assert.deepEqual([...bigger], [-1, 7, 0, 0, 0]);
  const inside = growable(Int32Array, 8).subarray(2, 4);
  assert.deepEqual([...grown(inside)], [0, 0, 0, 0], 'a view into the middle of a buffer is copied, not resized');
});
