/**
 * A new article's file from what the editor typed on the command line: names are checked against the registry and
 * written in their canonical spelling; anything not given is a `TODO` that `npm run check` rejects, and the body is
 * left empty, which `check` also rejects until it is written.
 */
import type { Registry } from '../content/registry.ts';
import { parseArticleDate } from '../content/dates.ts';
import { renderFrontMatter } from './front-matter.ts';
import { articleFileName } from './article-file.ts';
import { todo } from './inferred.ts';

export interface NewArticleInput {
  title: string;
  /** `YYYY-MM-DD[THH:MM[zone]]`; today in Jakarta when absent. */
  date?: string;
  source?: string;
  author?: string;
  url?: string;
  actors?: string[];
  topics?: string[];
  summary?: string;
  draft?: boolean;
}

export type NewArticle = { ok: true; fileName: string; markdown: string; todos: string[] } | { ok: false; problems: string[] };

/** Today's date in Western Indonesian Time, where the archive's news happens. */
export function todayInJakarta(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function newArticle(input: NewArticleInput, registry: Registry, now = new Date()): NewArticle {
  const problems: string[] = [];
  const title = input.title.trim();
  if (title === '') problems.push('the title is empty');

  const date = input.date?.trim() || todayInJakarta(now);
  const parsedDate = parseArticleDate(date);
  if (!parsedDate.ok) problems.push(`--date: ${parsedDate.message} (write YYYY-MM-DD or 2017-01-31T14:44+07:00)`);

  const lookups = {
    source: (name: string) => registry.source(name)?.name,
    // An office's title (`Menlu RI`) names whoever held it in the article's year.
    actor: (name: string) => (parsedDate.ok ? registry.actorAt(name, parsedDate.value.year) : registry.actor(name))?.name,
    topic: (name: string) => registry.topic(name)?.id,
  };
  const canonical = (kind: keyof typeof lookups, name: string): string | undefined => {
    const found = lookups[kind](name);
    if (found) return found;
    const close = registry.suggest(kind, name);
    problems.push(`unknown ${kind} "${name}"${close.length > 0 ? `: did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : ''} (or add it to content/registry/${kind}s.yaml)`);
    return undefined;
  };
  const source = input.source ? canonical('source', input.source) : undefined;
  const actors = (input.actors ?? []).map((a) => canonical('actor', a));
  const topics = (input.topics ?? []).map((t) => canonical('topic', t));
  if (input.url && !/^https?:\/\//i.test(input.url)) problems.push(`--url must start with http:// or https://`);
  if (problems.length > 0) return { ok: false, problems };

  const todos: string[] = [];
  if (!source) todos.push('source');
  if (topics.length === 0) todos.push('topics');
  const markdown = renderFrontMatter({
    title,
    date,
    source: {
      name: source ?? todo('nama sumber dari content/registry/sources.yaml'),
      ...(input.author ? { author: input.author } : {}),
      ...(input.url ? { url: input.url } : {}),
    },
    actors: [...new Set(actors as string[])],
    topics: topics.length > 0 ? [...new Set(topics as string[])] : [todo('id topik dari content/registry/topics.yaml')],
    ...(input.summary ? { summary: input.summary } : {}),
    draft: input.draft ?? false,
  });
  return { ok: true, fileName: articleFileName(parsedDate.ok ? parsedDate.value.day : undefined, title), markdown: `${markdown}\n`, todos };
}
