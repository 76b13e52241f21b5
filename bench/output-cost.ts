/**
 * `tsx bench/output-cost.ts [ARTICLES] [PROJECT]`: what keeping the site as two copies switched by a link
 * costs (src/output/output-store.ts). Builds an archive of ARTICLES corpus articles (default 10,000) with the project
 * in PROJECT (default this one; pass a checkout of another commit to compare): a cold build, the first rebuild after
 * it (which makes the standby copy by linking every file), then rebuilds that add and remove a newest article, and
 * the disk space the output takes. Prints the figures; nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpusContent } from './corpus-content.ts';

const articles = Number(process.argv[2] ?? 10_000);
const project = resolve(process.argv[3] ?? new URL('../', import.meta.url).pathname);
const work = await mkdtemp(join(tmpdir(), 'arsip-output-cost-'));
const content = await writeCorpusContent(articles, join(work, 'content'));
const out = join(work, 'site');

function build(into = out, from = content): number {
  const started = performance.now();
  const args = ['--max-old-space-size=16384', join(project, 'src/compiled/run-compiled.mjs'), join(project, 'src/cli/build.ts'), '--quiet', '--content', from, '--out', into, '--cache', `${into}-cache`];
  const result = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const names = (await readdir(join(content, 'articles'))).sort();
const newest = names.at(-1)!;
const day = new Date(Date.parse(`${newest.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const added = join(content, 'articles', 'zz-artikel-terbaru-bench.md');
const text = (await readFile(join(content, 'articles', newest), 'utf8')).replace(/^title: .*$/m, 'title: "Artikel baru"').replace(/^date: .*$/m, `date: "${day}"`);

// A first build of a few articles, so that the compiled copy of the code is made before anything is measured.
build(join(work, 'warm-up'), await writeCorpusContent(5, join(work, 'warm-up-content')));
const cold = build();
await writeFile(added, text);
const first = build();
const rebuilds: number[] = [];
for (let i = 0; i < 4; i++) {
  if (i % 2 === 0) await rm(added);
  else await writeFile(added, `${text}\nParagraf ${i}.\n`);
  rebuilds.push(build());
}
const du = (path: string) => spawnSync('du', ['-sk', path], { encoding: 'utf8' }).stdout.split('\t')[0];
const disk = spawnSync('sh', ['-c', `du -skL ${out} ; du -sk ${out}* | sort`], { encoding: 'utf8' }).stdout.trim().replace(/\n/g, '; ');
const fmt = (s: number) => `${s.toFixed(1)} s`;
console.log(`${articles} articles, ${project}`);
console.log(`cold build ${fmt(cold)}; first rebuild after it (+ newest article) ${fmt(first)}; rebuilds (− / + newest article) ${rebuilds.map(fmt).join(', ')}`);
console.log(`disk (KB): ${disk} (output ${du(out)})`);
await rm(work, { recursive: true, force: true });
