/**
 * A hand-made Archive for search unit tests: a few articles whose words
 * exercise stemming (affixed forms in the body, roots in the query), names,
 * aliases, a typo target (Galuzin), facets and a hostile title.
 */
import type { Actor, Archive, Article, Source, Topic } from '../../src/content/model.ts';
import type { SearchFiles } from '../../src/search/build-index.ts';

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

/** File name → parsed payload, as the browser receives them. */
export function parseFiles(files: SearchFiles): Record<string, unknown> {
  return Object.fromEntries([...files].map(([name, json]) => [name, JSON.parse(json) as unknown]));
}
