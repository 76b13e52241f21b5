/**
 * A hand-made Archive for site tests: enough articles for a second page of a
 * topic, dates that would drift a day if shown in UTC or the reader's zone,
 * and hostile strings in every field that comes from front-matter or the registry.
 */
import type { Actor, Archive, Article, ArticleDate, ArticleLink, Source, Topic } from '../../src/content/model.ts';

/** Breaks out of text, attributes, scripts, comments and XML if anything forgets to escape it. */
export const PAYLOAD = `"'><script>alert("pwned")</script><img src=x onerror=alert(1)>&amp;]]></script><!--`;

const WIB_OFFSET_MS = 7 * 3600 * 1000;

/** `2017-08-09` or `2017-02-01T05:00:00+07:00` (times are always WIB here). */
export function articleDate(iso: string): ArticleDate {
  const hasTime = iso.includes('T');
  const day = iso.slice(0, 10);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const timestamp = hasTime ? Date.parse(iso) : Date.UTC(year, month - 1, date) - WIB_OFFSET_MS;
  return { iso, day, year, month, hasTime, timestamp };
}

export const topics: Topic[] = [
  { id: 'kontraterorisme', label: { en: 'Counter-terrorism', id: 'Kontraterorisme' }, description: 'Kerja sama memberantas terorisme.', keywords: [], url: '/topik/kontraterorisme/' },
  { id: 'diplomasi-bilateral', label: { en: 'Bilateral diplomacy', id: 'Diplomasi bilateral' }, description: 'Kunjungan dan pertemuan.', keywords: [], url: '/topik/diplomasi-bilateral/' },
  { id: 'hostile-topic', label: { en: `Topic ${PAYLOAD}`, id: `Topik ${PAYLOAD}` }, description: `Deskripsi ${PAYLOAD}`, keywords: [], url: '/topik/hostile-topic/' },
  { id: 'tanpa-artikel', label: { en: 'Unused', id: 'Tanpa artikel' }, description: 'Belum ada artikel.', keywords: [], url: '/topik/tanpa-artikel/' },
];

function actor(id: string, name: string, kind: Actor['kind'], description?: string): Actor {
  return { id, name, kind, aliases: [], url: `/aktor/${id}/`, ...(description ? { description } : {}) };
}

export const actors: Actor[] = [
  actor('sergey-lavrov', 'Sergey Lavrov', 'person', 'Menteri Luar Negeri Rusia.'),
  actor('retno-marsudi', 'Retno Marsudi', 'person'),
  actor('rusia', 'Rusia', 'country'),
  actor('indonesia', 'Indonesia', 'country'),
  actor('isis', 'ISIS', 'organisation'),
  actor('hostile-actor', `Aktor ${PAYLOAD}`, 'organisation', `Deskripsi ${PAYLOAD}`),
];

export const sources: Source[] = [
  { id: 'antara', name: 'ANTARA', homepage: 'https://www.antaranews.com/', aliases: [], url: '/sumber/antara/' },
  { id: 'hostile-source', name: `Sumber ${PAYLOAD}`, homepage: 'javascript:alert(1)', aliases: [], url: '/sumber/hostile-source/' },
];

const [counterTerrorism, bilateral, hostileTopic] = topics as [Topic, Topic, Topic, Topic];
const [lavrov, retno, russia, indonesia, isis, hostileActor] = actors as [Actor, Actor, Actor, Actor, Actor, Actor];
const [antara, hostileSource] = sources as [Source, Source];

interface Draft {
  slug: string;
  title: string;
  date: string;
  updated?: string;
  topics: Topic[];
  actors: Actor[];
  source: Source;
  url?: string;
  author?: string;
  summary?: string;
}

/**
 * 43 counter-terrorism articles, so that topic has two pages: one on the 15th of each month from January 2016,
 * and twenty more on the 5th and 25th of the months of 2016.
 */
const series: Draft[] = Array.from({ length: 43 }, (_, index) => {
  const extra = index - 23;
  const month = extra < 0 ? (index % 12) + 1 : Math.floor(extra / 2) + 1;
  const year = extra < 0 ? 2016 + Math.floor(index / 12) : 2016;
  const day = `${year}-${String(month).padStart(2, '0')}-${extra < 0 ? '15' : extra % 2 ? '25' : '05'}`;
  return {
    slug: `${day}-kerja-sama-${index + 1}`,
    title: `Kerja sama kontraterorisme bagian ${index + 1}`,
    date: day,
    topics: index % 2 ? [counterTerrorism, bilateral] : [counterTerrorism],
    actors: index % 3 ? [russia, indonesia, isis] : [russia, lavrov],
    source: antara,
    url: `https://www.antaranews.com/berita/${index + 1}`,
  };
});

const drafts: Draft[] = [
  ...series,
  {
    // 05:00 WIB on 1 February is still 31 January in UTC and in the Americas.
    slug: '2017-02-01-pagi-di-jakarta',
    title: 'Pertemuan pagi di Jakarta',
    date: '2017-02-01T05:00:00+07:00',
    updated: '2017-02-03T10:00:00+07:00',
    topics: [bilateral],
    actors: [lavrov, retno, russia, indonesia],
    source: antara,
    author: 'Wartawan ANTARA',
  },
  {
    slug: '2018-06-01-artikel-berbahaya',
    title: `Judul ${PAYLOAD}`,
    date: '2018-06-01',
    topics: [hostileTopic, bilateral],
    actors: [hostileActor, lavrov],
    source: hostileSource,
    url: 'javascript:alert(document.cookie)',
    author: `Penulis ${PAYLOAD}`,
    summary: `Ringkasan ${PAYLOAD}`,
  },
];

function link(article: Article): ArticleLink {
  return { id: article.id, title: article.title, url: article.url, date: article.date };
}

function toArticle(draft: Draft): Article {
  const text = `Isi artikel ${draft.title}. Rusia dan Indonesia membahas kerja sama.`;
  return {
    id: draft.slug,
    slug: draft.slug,
    url: `/artikel/${draft.slug}/`,
    sourcePath: `articles/${draft.slug}.md`,
    sourceHash: `hash of ${draft.slug}`,
    title: draft.title,
    date: articleDate(draft.date),
    ...(draft.updated ? { updated: articleDate(draft.updated) } : {}),
    source: { source: draft.source, ...(draft.url ? { url: draft.url } : {}), ...(draft.author ? { author: draft.author } : {}) },
    actors: draft.actors,
    topics: draft.topics,
    language: 'id',
    ...(draft.summary ? { summary: draft.summary } : {}),
    draft: false,
    // Template syntax in a body must come out literally: bodies are never run through a template engine.
    html: `<p>Isi artikel <strong>${draft.slug}</strong>.</p>\n<p>Kurung kurawal: {{ 6 * 7 }} {% raw %} {{ site.settings.title }}</p>\n<p><a href="https://example.org/sumber">Tautan luar</a></p>`,
    text,
    excerpt: draft.summary ?? text,
    wordCount: 10,
    readingMinutes: 1,
    related: [],
  };
}

/** The fixture archive, newest first with related/previous/next filled in as the loader would. */
export function fixtureArchive(): Archive {
  const articles = drafts.map(toArticle).sort((a, b) => b.date.timestamp - a.date.timestamp);
  articles.forEach((article, index) => {
    const older = articles[index + 1];
    const newer = articles[index - 1];
    if (older) article.previous = link(older);
    if (newer) article.next = link(newer);
    article.related = articles
      .filter((other) => other !== article && other.topics.some((topic) => article.topics.includes(topic)))
      .slice(0, 3)
      .map(link);
  });
  return { articles, actors, topics, sources };
}
