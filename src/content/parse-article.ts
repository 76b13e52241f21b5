import matter from 'gray-matter';
import { basename } from 'node:path';
import type { Actor, ArticleDate, Source, Topic } from './model.ts';
import type { ContentError } from './errors.ts';
import type { Registry } from './registry.ts';
import { articleFrontMatter } from './schema.ts';
import { schemaErrors } from './schema-errors.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-document.ts';
import { parseArticleDate } from './dates.ts';
import { slugify } from './slug.ts';
import { bodySource, type BodySource } from '../cache/render-key.ts';
import { LIMITS } from './read-text.ts';
import { textValueErrors } from './text-values.ts';
import { IMAGE_HINT, type StatedImage } from './image.ts';

/** One article file, validated and normalised, before its body is rendered. */
export interface ParsedArticle {
  file: string;
  slug: string;
  title: string;
  date: ArticleDate;
  /** Where `date` is in the file, for warnings about it. */
  dateLine: number;
  updated?: ArticleDate;
  source: { source: Source; url?: string; author?: string };
  actors: Actor[];
  topics: Topic[];
  language: string;
  summary?: string;
  /** Its file is looked at by the loader (src/content/image.ts). */
  image?: StatedImage;
  draft: boolean;
  body: BodySource;
}

/**
 * What a valid article file states, before names are looked up in the registry: plain data that depends on the
 * file's text alone, so it can be cached by the text's hash and linked to a later registry again.
 */
export interface ArticleFields {
  title: string;
  date: ArticleDate;
  dateLine: number;
  updated?: ArticleDate;
  source: { name: string; url?: string; author?: string };
  actors: string[];
  topics: string[];
  language: string;
  summary?: string;
  image?: StatedImage;
  draft: boolean;
  /** Where the body is in the text (`text.slice(start, end)`), and its render cache key. */
  body: { start: number; end: number; key: string };
}

const REJECT_CODE = (language: string) => () => {
  throw new Error(`"---${language}" front-matter would run code; only YAML is allowed`);
};

/** Every non-YAML engine gray-matter knows, including its JavaScript `eval` (CVE-2022-25863), throws. */
const SAFE_ENGINES = {
  javascript: REJECT_CODE('javascript'),
  js: REJECT_CODE('js'),
  coffee: REJECT_CODE('coffee'),
  cson: REJECT_CODE('cson'),
  json: REJECT_CODE('json'),
};

/**
 * Validates and normalises one article file's text (already UTF-8 decoded, LF line endings, no BOM). `fields` comes
 * with `article`, only when the file has no error.
 */
export function parseArticle(
  text: string,
  file: string,
  registry: Registry,
): { article?: ParsedArticle; fields?: ArticleFields; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const fail = (line: number, message: string, hint?: string) => {
    errors.push({ file, line, message, ...(hint ? { hint } : {}) });
    return { errors };
  };

  if (text.trim() === '') return fail(1, 'file is empty', 'an article needs YAML front-matter between --- lines and a body');
  const opening = /^---([^\n]*)\n/.exec(text);
  if (!opening) return fail(1, 'missing front-matter', 'start the file with a line "---", the YAML fields, then "---"');
  const language = opening[1]!.trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return fail(1, `front-matter language "${opening[1]!.trim()}" is not allowed`, 'only YAML front-matter is accepted; JavaScript front-matter would execute code');
  }

  if (!/\n---[ \t]*(\n|$)/.test(text.slice(opening[0].length - 1))) {
    return fail(1, 'front-matter is not closed', 'add a line "---" after the last field');
  }

  let located: LocatedYaml | undefined;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        ...SAFE_ENGINES,
        yaml: (yamlText: string) => {
          const result = parseLocatedYaml(yamlText, file);
          errors.push(...result.errors);
          located = result.yaml;
          return (located?.value ?? {}) as object;
        },
      },
    });
  } catch (error) {
    return fail(1, `front-matter could not be read: ${(error as Error).message}`, 'check the YAML between the --- lines');
  }
  // gray-matter does not call the engine for a block that is empty, blank or only comments.
  if (!located) return errors.length > 0 ? { errors } : fail(1, 'front-matter is empty', 'write the fields (title, date, source, topics, ...) between the --- lines');
  const { lineOf } = located;
  const bodyLine = lineNumberAt(text, text.length - parsed.content.length);

  const todoLines = new Set<number>();
  for (const path of findTodos(located.value)) {
    todoLines.add(lineOf(path));
    errors.push({ file, line: lineOf(path), message: `"${path.join('.')}" is still a TODO`, hint: 'fill in the value left for review by `npm run import`' });
  }
  // A TODO is reported once, not again as whatever the placeholder fails to be (a date, a known actor, ...).
  const report = (error: ContentError) => todoLines.has(error.line) || errors.push(error);
  for (const cut of located.cutByComment()) {
    if (cut.path[0] === 'title' || cut.path[0] === 'summary') {
      errors.push({ file, line: cut.line, message: `"${cut.path[0]}" was cut at "#" to "${cut.kept}"`, hint: 'an unquoted " #" starts a YAML comment; put the value in quotes' });
    }
  }
  if (located.value === null || typeof located.value !== 'object' || Array.isArray(located.value)) {
    return fail(1, 'front-matter must be a set of "key: value" fields');
  }

  const strings = textValueErrors(located.value, file, lineOf);
  if (strings.length > 0) return { errors: [...errors, ...strings] };
  const result = articleFrontMatter.safeParse(located.value);
  if (!result.success) {
    for (const error of schemaErrors(result.error, file, lineOf, located.value)) {
      report(error.hint || !/^(missing required field )?"image/.test(error.message) ? error : { ...error, hint: IMAGE_HINT });
    }
    return { errors };
  }
  const fm = result.data;

  const date = parseArticleDate(fm.date);
  if (!date.ok) report({ file, line: lineOf(['date']), message: `"date": ${date.message}`, hint: 'write YYYY-MM-DD, optionally with a time: 2017-01-31T14:44+07:00 (WIB when no zone)' });
  const updated = fm.updated === undefined ? undefined : parseArticleDate(fm.updated);
  if (updated && !updated.ok) report({ file, line: lineOf(['updated']), message: `"updated": ${updated.message}`, hint: 'write YYYY-MM-DD' });
  if (date.ok && updated?.ok && updated.value.timestamp < date.value.timestamp) {
    errors.push({ file, line: lineOf(['updated']), message: '"updated" is earlier than "date"', hint: 'updated is when the article was last revised' });
  }

  const sourceField = typeof fm.source === 'string' ? { name: fm.source } : fm.source;
  const sourcePath = typeof fm.source === 'string' ? ['source'] : ['source', 'name'];
  const source = resolve(registry, 'source', sourceField.name, () => lineOf(sourcePath), file, report);
  const actors = unique(fm.actors.map((name, i) => resolveActor(registry, name, date.ok ? date.value.year : undefined, () => lineOf(['actors', i]), file, report)));
  const topics = unique(fm.topics.map((name, i) => resolve(registry, 'topic', name, () => lineOf(['topics', i]), file, report)));

  const bodyStart = text.length - parsed.content.trimStart().length;
  const body = bodySource(parsed.content.trim());
  if (body.markdown() === '') errors.push({ file, line: bodyLine, message: 'article has no body text', hint: 'write the article below the closing ---' });
  const bodyLines = lineNumberAt(text, text.length) - bodyLine + 1;
  if (bodyLines > LIMITS.bodyLines) {
    errors.push({ file, line: bodyLine, message: `the body has ${bodyLines} lines, over the limit of ${LIMITS.bodyLines}`, hint: 'split the text into several articles' });
  }
  const slug = slugOf(file);
  if (slug === '') errors.push({ file, line: 1, message: 'file name gives an empty URL slug', hint: 'name the file with letters or digits, e.g. 2017-08-09-judul.md' });

  if (errors.length > 0 || !date.ok || !source) return { errors };
  const fields: ArticleFields = {
    title: fm.title,
    date: date.value,
    dateLine: lineOf(['date']),
    ...(updated?.ok ? { updated: updated.value } : {}),
    source: sourceField,
    actors: fm.actors,
    topics: fm.topics,
    language: fm.language,
    ...(fm.summary ? { summary: fm.summary } : {}),
    ...(fm.image ? { image: { ...fm.image, line: lineOf(['image', 'src']) } } : {}),
    draft: fm.draft,
    body: { start: bodyStart, end: bodyStart + body.markdown().length, key: body.key },
  };
  return { errors, fields, article: assemble(fields, file, slug, body, source, actors, topics) };
}

/**
 * The article again from fields cached for a file's text, linked to the current registry; `text` is called only if
 * the body's render is not cached. Undefined when a name is no longer known or the file name gives no slug:
 * `parseArticle` then reports why, with the line.
 */
export function linkArticle(fields: ArticleFields, text: () => string, file: string, registry: Registry): ParsedArticle | undefined {
  const slug = slugOf(file);
  const source = registry.source(fields.source.name);
  const actors = fields.actors.map((name) => registry.actorAt(name, fields.date.year));
  const topics = fields.topics.map((name) => registry.topic(name));
  if (slug === '' || !source || actors.includes(undefined) || topics.includes(undefined)) return undefined;
  const { start, end, key } = fields.body;
  return assemble(fields, file, slug, { key, markdown: () => text().slice(start, end) }, source, unique(actors), unique(topics));
}

function assemble(
  fields: ArticleFields,
  file: string,
  slug: string,
  body: BodySource,
  source: Source,
  actors: Actor[],
  topics: Topic[],
): ParsedArticle {
  return {
    file,
    slug,
    title: fields.title,
    date: fields.date,
    dateLine: fields.dateLine,
    ...(fields.updated ? { updated: fields.updated } : {}),
    source: { source, ...(fields.source.url ? { url: fields.source.url } : {}), ...(fields.source.author ? { author: fields.source.author } : {}) },
    actors,
    topics,
    language: fields.language,
    ...(fields.summary ? { summary: fields.summary } : {}),
    ...(fields.image ? { image: fields.image } : {}),
    draft: fields.draft,
    body,
  };
}

function slugOf(file: string): string {
  return slugify(basename(file).replace(/\.md$/i, ''));
}

type Kind = 'actor' | 'topic' | 'source';
type Entry<K extends Kind> = K extends 'actor' ? Actor : K extends 'topic' ? Topic : Source;

function resolve<K extends Kind>(
  registry: Registry,
  kind: K,
  name: string,
  line: () => number,
  file: string,
  report: (error: ContentError) => void,
): Entry<K> | undefined {
  const entry = registry[kind](name) as Entry<K> | undefined;
  if (!entry) {
    const close = registry.suggest(kind, name);
    report({
      file,
      line: line(),
      message: `unknown ${kind} "${name}"`,
      hint: close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}? Or add it to content/registry/${kind}s.yaml` : `add it to content/registry/${kind}s.yaml`,
    });
  }
  return entry;
}

/** An actor by name or alias, or by the title of an office held in the article's year (`Menlu RI` in 2017). */
function resolveActor(
  registry: Registry,
  name: string,
  year: number | undefined,
  line: () => number,
  file: string,
  report: (error: ContentError) => void,
): Actor | undefined {
  const holders = registry.actor(name) || year === undefined ? undefined : registry.holders(name, year);
  if (!holders) return resolve(registry, 'actor', name, line, file, report);
  if (holders.length === 1) return holders[0];
  const who = holders.length === 0 ? `nobody in the registry held it in ${year}` : `${holders.map((h) => h.name).join(' and ')} both held it in ${year}`;
  report({ file, line: line(), message: `actor "${name}" is an office, and ${who}`, hint: "write the person's name" });
  return undefined;
}

function unique<T>(items: Array<T | undefined>): T[] {
  return [...new Set(items.filter((item): item is T => item !== undefined))];
}

/** Paths of values left as `TODO…` by the importer. */
function findTodos(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return /^\s*TODO\b/i.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => findTodos(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findTodos(v, [...path, k]));
  return [];
}

function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
