/**
 * `tsx bench/output-store.bench.ts [PAGES]`: the file-system work the two-copy output (src/output/output-store.ts)
 * adds to a build, on a synthetic site shaped like a 10,000-article one (an `index.html` per article folder plus
 * 2,500 other files), without rendering: making the standby by linking every file (the first rebuild after a full
 * build), catching it up on a previous build's 300 changed files (every later rebuild), and the switch. Prints the
 * figures; nothing is asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { OutputStore } from '../src/output/output-store.ts';

const pages = Number(process.argv[2] ?? 10_000);
const work = await mkdtemp(join(tmpdir(), 'arsip-store-bench-'));
const out = join(work, 'site');
const files = [
  ...Array.from({ length: pages }, (_, i) => `artikel/berita-${i}/index.html`),
  ...Array.from({ length: pages / 4 }, (_, i) => `topik/t-${i % 50}/halaman/${i}/index.html`),
];
const changed = files.filter((_, i) => i % Math.ceil(files.length / 300) === 0);
const places = { notContaining: [], notInside: [] };
const time = (what: () => void) => {
  const started = performance.now();
  what();
  return performance.now() - started;
};
const write = (folder: string, paths: string[], text: string) => {
  for (const path of paths) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), `<!doctype html><title>${path}</title><p>${text}</p>`.repeat(20));
  }
};

// A full build, then two rebuilds changing the same 300 files; each store is opened as a build would open it.
let store = new OutputStore(out, places);
const full = store.prepareFull();
write(full.standby, files, 'v1');
store.commit({ files, pages: {} });
const figures: string[] = [];
for (const round of [1, 2, 3]) {
  // Each build is its own process in real use; the lock is released by the process's exit otherwise.
  await rm(join(`${out}.arsip`, 'lock'));
  store = new OutputStore(out, places);
  let target!: ReturnType<OutputStore['prepareIncremental']>;
  const prepare = time(() => (target = store.prepareIncremental()));
  write(target.output, changed, `v${round + 1}`);
  const { updateOutput } = await import('../src/output/output-folder.ts');
  let result!: ReturnType<typeof updateOutput>;
  const update = time(() => (result = updateOutput(target.output, target.standby, files, files.filter((f) => !changed.includes(f)), [])));
  const commit = time(() => store.commit({ files: result.files, pages: {} }, result.changes));
  figures.push(`rebuild ${round}: standby ready in ${prepare.toFixed(0)} ms (${round === 1 ? 'every file linked' : `${changed.length} files caught up`}), ${changed.length} files moved in ${update.toFixed(0)} ms, recorded and switched in ${commit.toFixed(0)} ms`);
}
console.log(`${files.length} files in ${pages} article folders:\n${figures.join('\n')}`);
await rm(work, { recursive: true, force: true });
