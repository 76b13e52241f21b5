/** The table `npm run import` prints so an editor sees every inferred value, how it was found, and what is missing. */
import type { ImportedArticle } from './import-article.ts';
import type { Inferred } from './inferred.ts';
import { terminalSafe } from '../content/errors.ts';

const VALUE_WIDTH = 48;

export function reviewTable(article: ImportedArticle): string {
  const { title, date, source, author, summary, actors, topics } = article.fields;
  const rows: Array<[string, Inferred<unknown>]> = [
    ['title', title],
    ['date', date],
    ['source', source],
    ...(author ? [['author', { value: author, how: 'byline', confidence: 'high' }] as [string, Inferred<unknown>]] : []),
    ...(summary ? [['summary', { value: summary, how: 'standfirst under the dateline', confidence: 'medium' }] as [string, Inferred<unknown>]] : []),
    ['actors', actors],
    ['topics', topics],
  ];
  const cells = rows.map(([field, inferred]) => [
    field,
    inferred.value === undefined ? 'TODO' : clip(Array.isArray(inferred.value) ? inferred.value.join(', ') : String(inferred.value)),
    inferred.value === undefined ? '—' : inferred.confidence ?? 'low',
    inferred.how,
  ]);
  const header = ['field', 'value', 'confidence', 'how it was found'];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]!.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `  ${c.slice(0, 3).map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}  ${c[3]}`;
  const dropped = countBy(article.dropped.map((l) => l.rule ?? (l.role === 'repeat' ? 'repeated line' : 'photo credit line')));
  // Pasted text may hold escape sequences: each line is printed to a terminal as text.
  return [
    line(header),
    ...cells.map(line),
    `  dropped: ${dropped.length > 0 ? dropped.join(', ') : 'nothing'}`,
    ...(article.unknownNames.length > 0
      ? [`  unknown names: ${article.unknownNames.map((u) => `${u.name} (${u.title})`).join(', ')}: add them to content/registry/actors.yaml`]
      : []),
  ]
    .map(terminalSafe)
    .join('\n');
}

function clip(text: string): string {
  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
}

function countBy(items: string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${item} ×${n}` : item));
}
