/**
 * Benchmark archives from the real Indonesian news corpus in
 * ../../../shared/corpus/ (see its README): the first N usable articles of
 * clickid-2019.jsonl as a typed Archive, newest first. Actors and topics are
 * left empty: the corpus has none.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Archive, Article, ArticleDate, Source } from '../../src/content/model.ts';

export const CORPUS = process.env.SEARCH_CORPUS ?? new URL('../../../shared/corpus/clickid-2019.jsonl', import.meta.url).pathname;

interface CorpusLine {
  title: string | null;
  date: string;
  source: string;
  url: string;
  body: string;
}

export async function corpusArchive(count: number, file = CORPUS): Promise<Archive> {
  const sources = new Map<string, Source>();
  const articles: Article[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (articles.length >= count) break;
    const item = JSON.parse(line) as CorpusLine;
    if (!item.title || !item.body) continue;
    const sourceId = item.source.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    if (!sources.has(sourceId)) {
      sources.set(sourceId, { id: sourceId, name: item.source, aliases: [], url: `/sumber/${sourceId}/` });
    }
    articles.push(toArticle(item, articles.length, sources.get(sourceId)!));
  }
  lines.close();
  articles.sort((a, b) => b.date.timestamp - a.date.timestamp);
  return { articles, actors: [], topics: [], sources: [...sources.values()] };
}

function toArticle(item: CorpusLine, n: number, source: Source): Article {
  const slug = `${item.date}-${n}-${item.title!.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}`;
  const words = item.body.split(/\s+/);
  const [year, month] = item.date.split('-').map(Number) as [number, number];
  const date: ArticleDate = {
    iso: item.date,
    day: item.date,
    year,
    month,
    hasTime: false,
    timestamp: Date.parse(`${item.date}T00:00:00+07:00`),
  };
  return {
    id: slug,
    slug,
    url: `/artikel/${slug}/`,
    sourcePath: `articles/${slug}.md`,
    title: item.title!,
    date,
    source: { source, url: item.url },
    actors: [],
    topics: [],
    language: 'id',
    draft: false,
    html: '',
    text: item.body,
    excerpt: words.slice(0, 40).join(' '),
    wordCount: words.length,
    readingMinutes: Math.max(1, Math.round(words.length / 200)),
    related: [],
  };
}
