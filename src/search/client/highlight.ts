/**
 * Splits a text into plain and highlighted pieces: a word is highlighted when it analyses to one of the matched
 * index terms. The view turns pieces into text nodes and <mark>s, never HTML strings.
 */
import type { AnalyzeToken } from '../analyzer.ts';
import { tokenSpans } from '../tokenizer.ts';

export interface Piece {
  text: string;
  marked: boolean;
}

export function highlight(text: string, terms: ReadonlySet<string>, analyzeToken: AnalyzeToken): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const span of tokenSpans(text)) {
    if (!analyzeToken(span.token).some((term) => terms.has(term))) continue;
    if (span.start > last) pieces.push({ text: text.slice(last, span.start), marked: false });
    pieces.push({ text: text.slice(span.start, span.end), marked: true });
    last = span.end;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), marked: false });
  return pieces;
}
