/**
 * A hand-made Archive for search unit tests: a few articles whose words
 * exercise stemming (affixed forms in the body, roots in the query), names,
 * aliases, a typo target (Galuzin), facets and a hostile title.
 */
import type { Actor, Archive, Article, Source, Topic } from '../../src/content/model.ts';
import { buildSearchFiles, type SearchFiles } from '../../src/search/build-index.ts';
import { SearchEngine, type Load } from '../../src/search/client/engine.ts';

const topic = (id: string, label: string): Topic => ({
  id,
  label: { id: label, en: label },
  description: '',
  keywords: [],
  url: `/topik/${id}/`,
});
const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id,
  name,
  kind: 'person',
  aliases,
  url: `/aktor/${id}/`,
});
const source = (id: string, name: string): Source => ({ id, name, aliases: [], url: `/sumber/${id}/` });

export const topics = [topic('kontraterorisme', 'Kontraterorisme'), topic('kerja-sama-militer', 'Kerja sama militer')];
export const actors = [
  actor('sergey-lavrov', 'Sergey Lavrov', ['Menlu Rusia']),
  actor('mikhail-galuzin', 'Mikhail Galuzin', ['Dubes Rusia']),
  actor('donald-trump', 'Donald Trump'),
];
export const sources = [source('antara', 'ANTARA'), source('rbth', 'RBTH Indonesia')];

export interface Spec {
  slug: string;
  title: string;
  day: string;
  text: string;
  topics: Topic[];
  actors: Actor[];
  source: Source;
  summary?: string;
}

export function article(spec: Spec): Article {
  const [year, month] = spec.day.split('-').map(Number) as [number, number];
  return {
    id: spec.slug,
    slug: spec.slug,
    url: `/artikel/${spec.slug}/`,
    sourcePath: `articles/${spec.slug}.md`,
    sourceHash: `hash of ${spec.slug}`,
    title: spec.title,
    date: { iso: spec.day, day: spec.day, year, month, hasTime: false, timestamp: Date.parse(`${spec.day}T00:00:00+07:00`) },
    source: { source: spec.source },
    actors: spec.actors,
    topics: spec.topics,
    language: 'id',
    summary: spec.summary,
    draft: false,
    html: `<p>${spec.text}</p>`,
    text: spec.text,
    excerpt: spec.summary ?? spec.text.split(' ').slice(0, 12).join(' '),
    wordCount: spec.text.split(' ').length,
    readingMinutes: 1,
    related: [],
  };
}

const [terrorism, military] = topics as [Topic, Topic];
const [lavrov, galuzin, trump] = actors as [Actor, Actor, Actor];
const [antara, rbth] = sources as [Source, Source];

/** Newest first, as the loader returns them. */
export const archive: Archive = {
  topics,
  actors,
  sources,
  articles: [
    article({
      slug: '2025-07-10-rubio-lavrov',
      title: 'Rusia dan AS berkomitmen mencari solusi damai',
      day: '2025-07-10',
      text: 'Para menteri luar negeri bertemu di Kuala Lumpur untuk membahas hubungan bilateral.',
      topics: [],
      actors: [lavrov],
      source: rbth,
    }),
    article({
      slug: '2017-08-09-bungkam-isis',
      title: 'Rusia sepakat membantu Indonesia bungkam ISIS',
      day: '2017-08-09',
      text: 'Rusia akan membantu Indonesia memberantas terorisme dan memusuhi teroris di kawasan. Pertemuan kedua menteri membahas kerja sama.',
      topics: [terrorism],
      actors: [lavrov],
      source: antara,
    }),
    article({
      slug: '2017-01-31-trump-isis',
      title: 'Rusia klaim Trump sepakat perangi ISIS bersama',
      day: '2017-01-31',
      text: 'Duta Besar Rusia untuk Indonesia, Galuzin, menyebut presidennya telah berbincang dengan Presiden AS.',
      topics: [terrorism],
      actors: [galuzin, trump],
      source: antara,
    }),
    article({
      slug: '2016-01-29-militer',
      title: 'Kerja sama <b>militer</b> "Rusia" & Indonesia',
      day: '2016-01-29',
      text: 'Kedua negara meningkatkan kerja sama pertahanan dan penjualan senjata.',
      summary: 'Ringkasan tentang persenjataan dan penanggulangan terorisme.',
      topics: [military],
      actors: [],
      source: rbth,
    }),
  ],
};

/** A loader over built files, as the browser's fetch; `fetched` records each path asked for. */
export function loaderOf(files: SearchFiles, fetched: string[] = []): Load {
  return async (path) => {
    fetched.push(path);
    const json = files.get(path);
    if (json === undefined) throw new Error(`${path}: not found`);
    return JSON.parse(json) as unknown;
  };
}

/** An engine over the payload built from `input`. */
export async function engineOver(input: Archive, fetched: string[] = []): Promise<SearchEngine> {
  return SearchEngine.open(loaderOf(buildSearchFiles(input), fetched));
}

/** Articles `count` days apart from 2015-01-01 with words drawn from a small vocabulary (fixed seed), newest first. */
export function generatedArticles(count: number, seed = 7): Article[] {
  const words = ['rusia', 'indonesia', 'kerja', 'sama', 'militer', 'teroris', 'menteri', 'pertemuan', 'membahas', 'latihan',
    'keamanan', 'ekonomi', 'perdagangan', 'senjata', 'kunjungan', 'presiden', 'diplomasi', 'sanksi', 'laut', 'yang', 'dan',
    'di', 'pemberantasan', 'kesepakatan', 'energi', 'nuklir', 'pangkalan', 'perbatasan', 'jakarta', 'moskow'];
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2015, 0, 1 + i * 3)).toISOString().slice(0, 10);
    return article({
      slug: `${day}-g${i}`,
      title: pick(2 + Math.floor(random() * 5)),
      day,
      text: `${pick(5 + Math.floor(random() * 40))}. ${pick(3 + Math.floor(random() * 20))}.`,
      ...(random() < 0.3 ? { summary: pick(6) } : {}),
      topics: random() < 0.5 ? [topics[Math.floor(random() * topics.length)]!] : [],
      actors: random() < 0.5 ? [actors[Math.floor(random() * actors.length)]!] : [],
      source: sources[Math.floor(random() * sources.length)]!,
    });
  }).reverse();
}
