/**
 * Generates a content folder of N real Indonesian articles from ../shared/corpus (see its README), with generated
 * front-matter (actors and topics drawn from the real registry, sources from the corpus' publishers), for
 * benchmarks. Shared by every benchmark script so they all measure the same archive.
 */
import { cp, mkdir, mkdtemp, readFile, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { slugify } from '../src/content/slug.ts';
import { toEditorialMarkdown, type EditorialOptions } from './editorial-article.ts';

export const SHARED = new URL('../../shared/', import.meta.url).pathname;
const REGISTRY = new URL('../content/registry/', import.meta.url).pathname;

export interface CorpusRecord {
  title: string | null;
  date: string;
  source: string;
  url: string;
  body: string;
}

/**
 * Corpus records, titled ones first (clickid), then IndoSum (titles made from the first sentence): the first `limit`,
 * or those numbered `from` (0-based) up to `limit` within the corpus.
 */
export async function readCorpus(limit: number, from = 0): Promise<CorpusRecord[]> {
  const records: CorpusRecord[] = [];
  let number = 0;
  for (const file of ['clickid-2019.jsonl', 'indosum-2015-2018.jsonl']) {
    const lines = (await readFile(join(SHARED, 'corpus', file), 'utf8')).split('\n');
    for (const line of lines) {
      if (number >= limit) return records;
      if (line.trim() && number++ >= from) records.push(JSON.parse(line) as CorpusRecord);
    }
  }
  if (from === 0 && records.length < limit) {
    // Past the corpus' 20,591 articles, reuse bodies under new file names (for 100k-scale runs).
    const base = records.length;
    for (let i = base; i < limit; i++) records.push(records[i % base]!);
  }
  return records;
}

/**
 * How the generated files are written: `uniform` as one program would (flow-style JSON front-matter, plain bodies),
 * `editorial` as editors do (bench/editorial-article.ts).
 */
export type ArchiveStyle = { style: 'uniform' } | ({ style: 'editorial' } & EditorialOptions);

/** Writes `count` articles (and a registry that knows their publishers) into `dir`, or a new temp folder. */
export async function writeCorpusContent(count: number, dir?: string, archive: ArchiveStyle = { style: 'uniform' }): Promise<string> {
  const target = dir ?? (await mkdtemp(join(tmpdir(), `arsip-bench-${count}-`)));
  await mkdir(join(target, 'articles'), { recursive: true });
  await cp(REGISTRY, join(target, 'registry'), { recursive: true });
  const names = await registryNames();

  const records = await readCorpus(count);
  const publishers = new Set<string>();
  let batch: Promise<void>[] = [];
  for (const [i, record] of records.entries()) {
    publishers.add(record.source);
    batch.push(writeFile(join(target, 'articles', fileName(record, i)), articleMarkdown(record, i, names, archive)));
    if (batch.length >= 500) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  // Publishers the registry already knows by name or alias (e.g. "CNN Indonesia") keep their entry.
  const known = (parse(await readFile(join(REGISTRY, 'sources.yaml'), 'utf8')) as Array<{ name: string; aliases?: string[] }>)
    .flatMap((s) => [s.name, ...(s.aliases ?? [])])
    .map((name) => name.toLowerCase());
  const extra = [...publishers].filter((name) => !known.includes(name.toLowerCase())).map((name) => `- name: ${JSON.stringify(`Korpus ${name}`)}\n  aliases: [${JSON.stringify(name)}]\n`);
  await appendFile(join(target, 'registry', 'sources.yaml'), extra.join(''));
  return target;
}

export function fileName(record: CorpusRecord, i: number): string {
  // Cut at 60 characters, a slug may end in a hyphen, and a title may have no slug at all; the name must stay a
  // slug, or every such file warns.
  const slug = slugify(titleOf(record)).slice(0, 60).replace(/-+$/, '');
  return `${[record.date, slug, i].filter((part) => part !== '').join('-')}.md`;
}

/** Names the generated front-matter draws actors and topics from. */
export interface RegistryNames {
  actors: string[];
  topics: string[];
}

/** The project registry's actor names and topic ids. */
export async function registryNames(): Promise<RegistryNames> {
  const actors = (parse(await readFile(join(REGISTRY, 'actors.yaml'), 'utf8')) as Array<{ name: string }>).map((a) => a.name);
  const topics = (parse(await readFile(join(REGISTRY, 'topics.yaml'), 'utf8')) as Array<{ id: string }>).map((t) => t.id);
  return { actors, topics };
}

/** The article file for corpus record `i`, in the archive's style. */
export function articleMarkdown(record: CorpusRecord, i: number, names: RegistryNames, archive: ArchiveStyle): string {
  return archive.style === 'editorial'
    ? toEditorialMarkdown(record, i, titleOf(record), pick(names.actors, i, 1 + (i % 4)), pick(names.topics, i, 1 + (i % 2)), archive)
    : toMarkdown(record, i, names.actors, names.topics);
}

/** Untitled records take their first sentence, never past the first line (a quote's `."` ends no sentence here). */
function titleOf(record: CorpusRecord): string {
  return record.title ?? record.body.split('\n')[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 100);
}

/** Deterministic pseudo-random picks, so every run builds the same archive. */
function pick<T>(items: T[], seed: number, n: number): T[] {
  const out = new Set<T>();
  for (let k = 0; out.size < n; k++) out.add(items[(seed * 7919 + k * 104729) % items.length]!);
  return [...out];
}

export function toMarkdown(record: CorpusRecord, i: number, actors: string[], topics: string[]): string {
  const front = {
    title: titleOf(record),
    date: record.date,
    source: { name: record.source, ...(/^https?:\/\//.test(record.url) ? { url: record.url } : {}) },
    actors: pick(actors, i, 1 + (i % 4)),
    topics: pick(topics, i, 1 + (i % 2)),
  };
  // JSON is YAML: every value is quoted, so titles with ':' or '#' survive.
  const yaml = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  return `---\n${yaml}\n---\n\n${record.body}\n`;
}
