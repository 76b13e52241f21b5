/** The page writer's slots filled to their edge: pages of three-byte characters, lone surrogates, near-slot sizes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageWriter } from '../../src/output/page-writer.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const SLOT = 4 * 1024 * 1024;

test('pages whose UTF-8 size is close to a slot, above or below a third of it in characters, are written byte for byte', { timeout: 60_000 }, async () => {
  const folder = await tempDir('arsip-writer-sizes-');
  const writer = new PageWriter(folder);
  const pages = [
    '€'.repeat(SLOT / 3 - 1), // three bytes each: one byte short of a slot
    '€'.repeat(Math.floor(SLOT / 3)),
    'a'.repeat(SLOT - 5), // over a third of a slot in characters, under a slot in bytes
    'a'.repeat(SLOT),
    `${'x'.repeat(1000)}\ud800 lone \udc00 surrogates 😀`,
    'é'.repeat(SLOT / 2 + 1), // two bytes each: just over a slot
    ...Array.from({ length: 300 }, (_, i) => `<p>${i}</p>${'ž€'.repeat(i * 31)}`),
  ];
  const paths = pages.map((_, i) => join(folder, `p-${i}`, 'index.html'));
  for (const [i, content] of pages.entries()) await writer.write(paths[i]!, content);
  await writer.close();
  const wrong = pages.flatMap((content, i) => (readFileSync(paths[i]!).equals(Buffer.from(content)) ? [] : [i]));
  assert.deepEqual(wrong, []);
});
