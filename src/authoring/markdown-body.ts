/** Turns classified lines into a Markdown body that renders exactly the text that was pasted. */
import type { RawLine } from './raw-article.ts';

/**
 * Backslash-escapes what Markdown would otherwise read as markup: emphasis, links, code and `~~~` fences, HTML,
 * character references (`&lt;` stays as written, not `<`), line-start blocks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&~]/g, '\\$&')
    .replace(/^(#{1,6}\s|[-+=])/, '\\$1')
    .replace(/^(\d+)([.)]\s)/, '$1\\$2');
}

export function markdownBody(lines: RawLine[]): string {
  const blocks: string[] = [];
  for (const line of lines) {
    if (line.role === 'body') blocks.push(escapeMarkdown(line.text));
    else if (line.role === 'heading') blocks.push(`## ${escapeMarkdown(line.text)}`);
    else if (line.role === 'caption') blocks.push(`*Foto: ${escapeMarkdown(line.text)}${line.credit ? ` (${escapeMarkdown(line.credit)})` : ''}*`);
  }
  return `${blocks.join('\n\n')}\n`;
}
