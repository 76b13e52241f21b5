/**
 * Raw pasted news text → a Markdown article: headline, cleaned paragraphs, and front-matter inferred from the text.
 * Nothing is guessed silently: every field carries how it was found, and whatever could not be found becomes a
 * `TODO` value that `npm run check` rejects.
 */
import type { Registry } from '../content/registry.ts';
import { actorFinder, type UnknownName } from './infer-actors.ts';
import { inferDate } from './infer-date.ts';
import { sourceFinder } from './infer-source.ts';
import { inferTitle } from './infer-title.ts';
import { topicFinder } from './infer-topics.ts';
import { todo, type Inferred } from './inferred.ts';
import { classifyLines, splitLines, type RawLine } from './raw-article.ts';
import { markdownBody } from './markdown-body.ts';
import { renderFrontMatter, type FrontMatterFields } from './front-matter.ts';
import { articleFileName } from './article-file.ts';

export interface ImportOptions {
  /** Year for dates written without one, when the text gives no clue. */
  year?: number;
  /** Write `draft: true` (the default): the article shows in `serve` but is not published until reviewed. */
  draft?: boolean;
}

export interface ImportedArticle {
  fields: {
    title: Inferred<string>;
    date: Inferred<string>;
    source: Inferred<string>;
    author?: string;
    summary?: string;
    actors: Inferred<string[]>;
    topics: Inferred<string[]>;
  };
  /** People named after an office's title who are not in the registry: to be added, not silently dropped. */
  unknownNames: UnknownName[];
  /** Lines dropped as site chrome, with the rule that dropped each. */
  dropped: RawLine[];
  body: string;
  fileName: string;
  /** The whole `.md` file. */
  markdown: string;
  /** Names of fields written as TODO. */
  todos: string[];
}

export type Importer = (raw: string, options?: ImportOptions) => ImportedArticle;

/** Compiles the registry's names once; the returned function imports one text. */
export function createImporter(registry: Pick<Registry, 'actors' | 'topics' | 'sources'>): Importer {
  const findActors = actorFinder(registry.actors, registry.sources);
  const findTopics = topicFinder(registry.topics);
  const findSource = sourceFinder(registry.sources);
  const publisherNames = registry.sources.flatMap((s) => [s.name, ...s.aliases]);

  return (raw, options = {}) => {
    const lines = splitLines(raw);
    const { title, firstLineIsBody, siteName } = inferTitle(lines[0] ?? '', publisherNames);
    const classified = classifyLines(firstLineIsBody ? lines : lines.slice(1), title.value);
    const { source, author } = findSource(classified, siteName);

    const kept = classified.filter((l) => ['body', 'heading', 'caption', 'standfirst'].includes(l.role));
    const text = [title.value ?? '', ...kept.map((l) => l.text)].join('\n');
    // People named outright date the text (by their terms of office); the date then says who held an office named.
    const { findings } = findActors(text);
    // Teasers for other articles carry other dates; footers stay, their year (`© ANTARA 2025`) is context.
    const datable = [...(firstLineIsBody ? [] : [lines[0] ?? '']), ...classified.filter((l) => l.rule !== 'related link').map((l) => l.text)];
    const date = inferDate(datable.join('\n'), { actors: findings.map((f) => f.actor), ...(options.year ? { year: options.year } : {}) });
    const { inferred: actors, unknownNames } = findActors(text, date.value ? Number(date.value.slice(0, 4)) : options.year);
    const topics = findTopics(text);
    const summary = classified.find((l) => l.role === 'standfirst')?.text;

    const todos: string[] = [];
    const orTodo = <T>(name: string, field: Inferred<T>, placeholder: T): T => {
      if (field.value !== undefined) return field.value;
      todos.push(name);
      return placeholder;
    };
    const frontMatter: FrontMatterFields = {
      title: orTodo('title', title, todo('judul artikel')),
      date: orTodo('date', date, todo('YYYY-MM-DD')),
      source: { name: orTodo('source', source, todo('nama sumber dari content/registry/sources.yaml')), ...(author ? { author } : {}) },
      actors: actors.value ?? [],
      topics: orTodo('topics', topics, [todo('id topik dari content/registry/topics.yaml')]),
      ...(summary ? { summary } : {}),
      draft: options.draft ?? true,
    };
    const body = markdownBody(classified);
    const comments = {
      title: reviewComment(title),
      date: reviewComment(date),
      source: reviewComment(source),
      actors: reviewComment(actors),
      topics: reviewComment(topics),
      ...(frontMatter.draft ? { draft: 'imported: review the fields above, then delete this line to publish' } : {}),
    };
    const fallbackTitle = kept.find((l) => l.role === 'body')?.text.split(' ').slice(0, 8).join(' ') ?? 'artikel';
    return {
      fields: { title, date, source, ...(author ? { author } : {}), ...(summary ? { summary } : {}), actors, topics },
      unknownNames,
      dropped: classified.filter((l) => l.role === 'chrome' || l.role === 'repeat' || l.role === 'credit'),
      body,
      fileName: articleFileName(date.value?.slice(0, 10), title.value ?? fallbackTitle),
      markdown: `${renderFrontMatter(frontMatter, comments)}\n${body}`,
      todos,
    };
  };
}

function reviewComment(field: Inferred<unknown>): string {
  const status = field.value === undefined ? 'TODO' : `${field.confidence ?? 'low'} confidence`;
  return `import (${status}): ${field.how}`;
}
