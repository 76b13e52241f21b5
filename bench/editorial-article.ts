/**
 * One corpus record written the way editors write articles, for the "editorial" benchmark archive: block and flow
 * lists, comment lines, quoted and unquoted values, date-times, optional `summary` and `source.url`, and bodies of
 * which a configurable share carry the Markdown news uses (subheadings, emphasis, links, images, quotes, lists,
 * tables). The choices cycle with the article's number, so every run writes the same archive.
 */
import type { CorpusRecord } from './corpus-content.ts';

export interface EditorialOptions {
  /** Share of bodies that carry Markdown constructs (0–1); the rest are plain paragraphs. */
  markdownShare: number;
}

/** Plain scalars YAML would misread (`#` cuts, `: ` maps, leading indicators); those are quoted. */
const needsQuotes = (value: string) => /[:#]\s|^[\s#!&*?|>'"%@`{[\]},-]|\s#|:$|^(?:true|false|yes|no|null|~)$/i.test(value) || /^[\d.+-]/.test(value);

function scalar(value: string, i: number): string {
  if (!needsQuotes(value) && i % 3 !== 0) return value;
  // Editors quote both ways; single quotes escape a quote by doubling it.
  return i % 2 ? JSON.stringify(value) : `'${value.replaceAll("'", "''")}'`;
}

function list(key: string, items: string[], i: number): string {
  if (i % 2 === 0) return `${key}: [${items.map((item) => scalar(item, 1)).join(', ')}]`;
  return `${key}:\n${items.map((item) => `  - ${scalar(item, i)}`).join('\n')}`;
}

function date(record: CorpusRecord, i: number): string {
  if (i % 7 === 3) return `${record.date}T${String(6 + (i % 14)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}+07:00`;
  if (i % 11 === 5) return `${record.date} ${String(8 + (i % 10)).padStart(2, '0')}:15 WIB`;
  return record.date;
}

// Up to the first line break too: a sentence ending in a closing quote (`dialog.”`) is not split by the pattern.
const firstSentence = (body: string) => body.split('\n')[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 240);

/** The paragraphs of `body`, with one Markdown construct set chosen by `i` worked in. */
function markdownBody(body: string, i: number, url: string): string {
  const paragraphs = body.split(/\n\s*\n/);
  const words = (p: string) => p.split(/\s+/);
  const emphasise = (p: string) => {
    const w = words(p);
    if (w.length < 8) return p;
    return [...w.slice(0, 2), `**${w[2]} ${w[3]}**`, ...w.slice(4, 6), `[${w[6]}](${url})`, ...w.slice(7)].join(' ');
  };
  const at = Math.min(2, paragraphs.length);
  switch (i % 4) {
    case 0: // a subheading, bold and a link
      paragraphs.splice(at, 0, `## ${words(paragraphs[0]!).slice(0, 5).join(' ')}`);
      paragraphs[0] = emphasise(paragraphs[0]!);
      break;
    case 1: // a quote and a bulleted list
      paragraphs.splice(at, 0, `> ${firstSentence(paragraphs.at(-1)!)}`, words(paragraphs[0]!).slice(0, 9).reduce((acc, w, k) => (k % 3 === 0 ? `${acc}\n- ${w}` : `${acc} ${w}`), '').trim());
      break;
    case 2: // an image with a caption, and emphasis
      paragraphs.splice(1, 0, `![Foto ilustrasi](https://img.example.org/foto/${i}.jpg)`, `*Foto: ilustrasi (Dok. redaksi)*`);
      paragraphs[0] = emphasise(paragraphs[0]!);
      break;
    default: // a numbered list, and a table in every fifth of these
      paragraphs.splice(at, 0, words(paragraphs[0]!).slice(0, 6).map((w, k) => `${k + 1}. ${w}`).join('\n'));
      if (i % 5 === 3) paragraphs.push('| Tahun | Jumlah |\n|---|---:|\n| 2018 | 12 |\n| 2019 | 17 |');
  }
  return paragraphs.join('\n\n');
}

export function toEditorialMarkdown(record: CorpusRecord, i: number, title: string, actors: string[], topics: string[], options: EditorialOptions): string {
  const lines: string[] = [];
  if (i % 5 === 0) lines.push('# Disunting ulang oleh redaksi; sumber asli dicantumkan di bawah.');
  lines.push(`title: ${scalar(title, i)}`, `date: ${date(record, i)}`);
  const hasUrl = /^https?:\/\//.test(record.url);
  if (i % 2 === 0 && hasUrl) lines.push('source:', `  name: ${scalar(record.source, i)}`, `  url: ${record.url}`);
  else lines.push(`source: ${scalar(record.source, i)}`);
  lines.push(list('actors', actors, i));
  if (i % 6 === 1) lines.push('# Topik utama lebih dulu.');
  lines.push(list('topics', topics, i + 1));
  if (i % 4 === 2) lines.push(i % 8 === 2 ? `summary: >-\n  ${firstSentence(record.body)}` : `summary: ${scalar(firstSentence(record.body), i)}`);
  // Spread the Markdown bodies evenly: article i carries Markdown when the running share crosses a whole number.
  const markdown = Math.floor((i + 1) * options.markdownShare) > Math.floor(i * options.markdownShare);
  const body = markdown ? markdownBody(record.body, Math.floor(i * options.markdownShare), hasUrl ? record.url : 'https://example.org/') : record.body;
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}
