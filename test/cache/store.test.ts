/** The cache module: one key scheme, checksummed entries that are dropped when damaged, writes that never fail a build. */
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { cacheKey } from '../../src/cache/key.mjs';
import { CacheStore } from '../../src/cache/store.mjs';
import { MARKER, makeCacheFolder } from '../../src/cache/folder.mjs';
import { tempDir } from '../helpers/temp-dir.ts';

const PAYLOAD = JSON.stringify({ text: 'Lavrov bertemu Retno di Jakarta.'.repeat(20) });

async function storeWith(entry = PAYLOAD, version = '1') {
  const folder = join(await tempDir('arsip-cache-store-'), 'kind');
  const warnings: string[] = [];
  const store = (v = version) => new CacheStore(folder, { kind: 'test cache', version: v, warn: (line) => warnings.push(line) });
  assert.equal(await store().write('entry.json', entry), true);
  return { folder, file: join(folder, 'entry.json'), warnings, store };
}

test('an entry reads back as written, sync and async', async () => {
  const { store, warnings } = await storeWith();
  assert.equal((await store().read('entry.json'))?.toString(), PAYLOAD);
  assert.equal(store().readSync('entry.json', (b) => b.toString()), PAYLOAD);
  assert.equal(store().readSync('missing.json'), undefined);
  assert.deepEqual(warnings, []);
});

const corruptions: Record<string, (bytes: Buffer) => Buffer> = {
  truncated: (bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.7)),
  'truncated to the header': (bytes) => bytes.subarray(0, bytes.indexOf(10) + 1),
  'one bit flipped in the middle': (bytes) => {
    const copy = Buffer.from(bytes);
    copy[copy.length >> 1]! ^= 0x04;
    return copy;
  },
  'one bit flipped in the header': (bytes) => {
    const copy = Buffer.from(bytes);
    copy[20]! ^= 0x01;
    return copy;
  },
  garbage: (bytes) => Buffer.from(bytes.map((_, i) => (i * 7919) % 251)),
  empty: () => Buffer.alloc(0),
  'a payload without envelope': () => Buffer.from(PAYLOAD),
};

for (const [name, corrupt] of Object.entries(corruptions)) {
  test(`a damaged entry (${name}) is dropped with one warning line`, async () => {
    const { file, store, warnings } = await storeWith();
    await writeFile(file, corrupt(await readFile(file)));
    const reader = store();
    assert.equal(reader.readSync('entry.json'), undefined);
    assert.equal(await reader.read('entry.json'), undefined);
    assert.equal(warnings.length, 1, 'one warning per store, however many damaged reads');
    assert.match(warnings[0]!, /^warning: test cache: dropped the damaged entry .*entry\.json \(.+\)/);
    assert.doesNotMatch(warnings[0]!, /\n/);
  });
}

test('a payload its decoder rejects counts as damaged', async () => {
  const { store, warnings } = await storeWith('{"cut": ');
  assert.equal(store().readSync('entry.json', (b) => JSON.parse(b.toString()) as unknown), undefined);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /unreadable payload/);
});

test('an entry of another version is dropped without a warning', async () => {
  const { store, warnings } = await storeWith(PAYLOAD, 'old');
  assert.equal(store('new').readSync('entry.json'), undefined);
  assert.equal(store('old').readSync('entry.json')?.toString(), PAYLOAD);
  assert.deepEqual(warnings, []);
});

for (const code of ['ENOSPC', 'EACCES']) {
  test(`a failed write (${code}) warns once and turns writing off; nothing throws`, async (t) => {
    const { store, warnings, folder } = await storeWith();
    const fail = () => {
      throw Object.assign(new Error(`${code}: simulated`), { code });
    };
    t.mock.method(fs, 'writeFileSync', fail);
    t.mock.method(fs.promises, 'writeFile', async () => fail());
    syncBuiltinESMExports();
    try {
      const writer = store();
      assert.equal(await writer.write('a.json', 'x'), false);
      assert.equal(writer.writeSync('b.json', 'y'), false);
      assert.equal(await writer.write('c.json', 'z'), false);
      // Side by side, as the render cache writes its shards: every write starts before the first one fails.
      const sideBySide = store();
      assert.deepEqual(await Promise.all(['d', 'e', 'f'].map((name) => sideBySide.write(`${name}.json`, name))), [false, false, false]);
    } finally {
      t.mock.restoreAll();
      syncBuiltinESMExports();
    }
    assert.equal(warnings.length, 2, 'one line per store');
    assert.match(warnings[1]!, /^warning: test cache: cannot write .*[def]\.json/, 'whichever write failed first');
    assert.match(warnings[0]!, new RegExp(`^warning: test cache: cannot write .*a\\.json \\(${code}\\); this build goes on without caching$`));
    assert.deepEqual((await readdir(folder)).sort(), [MARKER, 'entry.json'], 'no temporary file is left');
  });
}

test('pruning happens only in a folder the cache marked as its own', async () => {
  const { folder, store } = await storeWith();
  await writeFile(join(folder, 'old.json'), 'x');
  await writeFile(join(folder, 'fresh.tmp'), 'a write in flight');
  await writeFile(join(folder, 'killed.tmp'), 'left by a killed build');
  await utimes(join(folder, 'killed.tmp'), new Date(0), new Date(0));
  store().prune((name) => name === 'entry.json');
  assert.deepEqual((await readdir(folder)).sort(), [MARKER, 'entry.json', 'fresh.tmp']);

  const foreign = join(await tempDir('arsip-cache-foreign-'), 'mine');
  await mkdir(foreign);
  await writeFile(join(foreign, 'notes.txt'), 'not a cache entry');
  assert.equal(makeCacheFolder(foreign), false, 'a folder that held something is not marked');
  const other = new CacheStore(foreign, { kind: 'test cache', version: '1' });
  other.writeSync('entry.json', 'x');
  other.prune(() => false);
  assert.deepEqual((await readdir(foreign)).sort(), ['entry.json', 'notes.txt']);

  const made = join(foreign, 'new-root', 'kind');
  assert.equal(makeCacheFolder(made), true);
  assert.deepEqual(await readdir(join(foreign, 'new-root')), [MARKER, 'kind'], 'every folder made for the cache is marked');
  assert.ok(!(await readdir(foreign)).includes(MARKER), 'the folder that existed is not');
});

test('cache keys: the same inputs give the same key; different lists never share one', () => {
  assert.match(cacheKey('a', 'b'), /^[0-9a-f]{64}$/);
  assert.equal(cacheKey('v1', 'text'), cacheKey('v1', 'text'));
  const keys = [cacheKey('ab', 'c'), cacheKey('a', 'bc'), cacheKey('abc'), cacheKey('abc', ''), cacheKey(Buffer.from('abc')), cacheKey('v2', 'text'), cacheKey('v1', 'text')];
  assert.equal(new Set(keys).size, keys.length);
});

test('cache keys of strings alone are the keys the byte stream gives (one-shot hashing changed no key)', () => {
  const streamed = (...inputs: Array<string | Uint8Array>) => {
    const hash = createHash('sha256').update('arsip-cache-key/1');
    for (const input of inputs) hash.update(typeof input === 'string' ? `\0s${input.length}:` : `\0b${input.byteLength}:`).update(input);
    return hash.digest('hex');
  };
  // Lone surrogates at the ends of inputs: joined, they must not pair into one character.
  const cases = [['a', 'b'], [], [''], ['\uD800', '\uDC00'], ['x\uD83D', '\uDE00y'], ['jakarta', 'é😀', 'a'.repeat(100_000)]];
  for (const inputs of cases) assert.equal(cacheKey(...inputs), streamed(...inputs), JSON.stringify(inputs).slice(0, 40));
  assert.equal(cacheKey('a', Buffer.from('b')), streamed('a', Buffer.from('b')));
});
