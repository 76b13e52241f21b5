/**
 * `mergeObjectJson` writes what `JSON.stringify` writes for the merged object (keys inserted sorted, array indexes
 * first), for keys that need escaping, array-index keys, and values of numbers and nested arrays; it refuses text it
 * cannot merge that way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeObjectJson, objectKeyOrder } from '../../src/search/merge-object-json.ts';

/** What the whole build writes: an object with its keys inserted in sorted order, stringified. */
function stringified(entries: Map<string, unknown>): string {
  const object: Record<string, unknown> = {};
  for (const key of [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) object[key] = entries.get(key);
  return JSON.stringify(object);
}

const append = (old: number[] | undefined, value: number[]) => [...(old ?? []), ...value];

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const KEYS = ['0', '1', '2', '10', '017', '4294967294', '4294967295', 'a', 'b c', 'ä', '"kutip"', 'back\\slash', 'Z', 'jakarta', 'jakarta-selatan', '\u2028', '😀', ''];

test('merged text equals JSON.stringify of the merged object, key order included', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const next = random(seed);
    const pick = () => KEYS[Math.floor(next() * KEYS.length)]!;
    const before = new Map<string, unknown>();
    for (let i = next() * 8; i > 0; i--) before.set(pick(), next() < 0.3 ? [[i, -1.5], [], [Math.floor(next() * 1e6)]] : [Math.floor(next() * 100), i]);
    const added = new Map<string, number[]>();
    for (let i = next() * 5; i > 0; i--) added.set(pick(), [Math.floor(next() * 50)]);
    const merged = new Map(before);
    for (const [key, value] of added) merged.set(key, append(before.get(key) as number[] | undefined, value));
    assert.equal(mergeObjectJson(stringified(before), added, append), stringified(merged), `seed ${seed}`);
  }
});

test('an empty object takes the added entries; nothing added leaves the text as it was', () => {
  assert.equal(mergeObjectJson('{}', new Map([['b', [2]], ['a', [1]], ['7', [0]]]), append), '{"7":[0],"a":[1],"b":[2]}');
  const text = '{"1":[1],"a":[[1,2],[3]],"b\\"":7}';
  assert.equal(mergeObjectJson(text, new Map(), append), text);
});

test('array indexes come first in numeric order, other keys by UTF-16 code units', () => {
  assert.deepEqual(['b', '10', 'B', '2', '4294967295', '01'].sort(objectKeyOrder), ['2', '10', '01', '4294967295', 'B', 'b']);
});

test('keys or strings where values of numbers and arrays should be are refused', () => {
  // A key after all of theirs, so that the whole text is read.
  for (const text of ['[1]', '{"a', '', '{"a":["x"]}', '{"a":[1,"x"]}', '{"a":{"b":1}}', '{"b":[1],"c":[1,"d"]}']) assert.throws(() => mergeObjectJson(text, new Map([['z', [1]]]), append), SyntaxError, text);
});
