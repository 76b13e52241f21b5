/** Outputs of esbuild (the compiled copy, the search client) are reused only while the exact sources they were made from are unchanged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { recordSources, sourceHashes, sourcesUnchanged, type SourceHashes } from '../../src/compiled/source-record.mjs';
import { tempDir } from '../helpers/temp-dir.ts';

async function bundle(root: string, transform?: (text: string, path: string) => string) {
  const recorded: SourceHashes = {};
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entry.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    plugins: [recordSources(root, recorded, transform)],
  });
  return { code: result.outputFiles[0]!.text, hashes: sourceHashes(root, result.metafile, recorded) };
}

test('the hashes are of the sources as bundled: a file saved during the build makes the output stale', async () => {
  const root = await tempDir('arsip-sources-');
  await writeFile(join(root, 'entry.ts'), "import { value } from './value.ts';\nconsole.log(value);\n");
  await writeFile(join(root, 'value.ts'), 'export const value: number = 1;\n');

  const quiet = await bundle(root);
  assert.deepEqual(Object.keys(quiet.hashes).sort(), ['entry.ts', 'value.ts']);
  assert.equal(sourcesUnchanged(root, quiet.hashes), true);

  // An editor saves value.ts just after esbuild read it.
  const edited = await bundle(root, (text, path) => {
    if (path.endsWith('value.ts')) writeFileSync(path, 'export const value: number = 2;\n');
    return text;
  });
  assert.match(edited.code, /value = 1/, 'the output has the file as it was read');
  assert.equal(sourcesUnchanged(root, edited.hashes), false, 'so the record must not vouch for the file as it is now');
});
