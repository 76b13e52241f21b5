/**
 * What a result shows of its document: the title and a snippet, as plain and highlighted pieces. The snippet quotes
 * the sentences of the body that hold the most query words, so a match deep in the body is quoted where it is, not
 * the opening; a document matched by its title or names alone shows its summary or opening. Words are compared
 * through the fragment's own analysis (payload.ts), so `menyerang` lights up for the query `serangan`.
 */
import type { DocFragment } from '../payload.ts';
import { tokenSpans } from '../tokenizer.ts';
import { highlight, type Piece } from './highlight.ts';

const SNIPPET_LENGTH = 240;

export interface Shown {
  title: Piece[];
  snippet: Piece[];
}

/** The terms a fragment's token analyses to. */
export function fragmentAnalyzer(fragment: Pick<DocFragment, 'analysis'>): (token: string) => string[] {
  return (token) => {
    const terms = fragment.analysis[token];
    return terms === undefined ? [token] : terms ? terms.split(' ') : [];
  };
}

interface Sentence {
  text: string;
  /** Distinct matched terms. */
  matched: number;
  order: number;
}

export function show(fragment: DocFragment, terms: ReadonlySet<string>): Shown {
  const analyze = fragmentAnalyzer(fragment);
  const sentences: Sentence[] = splitSentences(fragment.text).map((text, order) => {
    const found = new Set<string>();
    for (const span of tokenSpans(text)) for (const term of analyze(span.token)) if (terms.has(term)) found.add(term);
    return { text, matched: found.size, order };
  });
  const ranked = sentences.filter((s) => s.matched > 0).sort((a, b) => b.matched - a.matched || a.order - b.order);
  let snippet: string;
  if (ranked.length === 0) snippet = clip(fragment.summary ?? sentences.map((s) => s.text).join(' '), SNIPPET_LENGTH);
  else {
    const chosen = [ranked[0]!];
    for (const next of ranked.slice(1)) {
      if (chosen.reduce((length, s) => length + s.text.length, 0) + next.text.length > SNIPPET_LENGTH) break;
      chosen.push(next);
    }
    snippet = chosen
      .sort((a, b) => a.order - b.order)
      .map((s) => around(s.text, terms, analyze))
      .join(' … ');
  }
  return { title: highlight(fragment.title, terms, analyze), snippet: highlight(snippet, terms, analyze) };
}

/** Sentences: text up to a full stop, question or exclamation mark followed by a space, or a line break. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’)]?)\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > length / 2 ? cut : length)}…`;
}

/** A long sentence cut to a window around its first matched word. */
function around(sentence: string, terms: ReadonlySet<string>, analyze: (token: string) => string[]): string {
  if (sentence.length <= SNIPPET_LENGTH) return sentence;
  const first = tokenSpans(sentence).find((span) => analyze(span.token).some((term) => terms.has(term)));
  const start = Math.max(0, (first?.start ?? 0) - SNIPPET_LENGTH / 3);
  const space = start === 0 ? 0 : sentence.indexOf(' ', start) + 1;
  return `${space > 0 ? '…' : ''}${clip(sentence.slice(space), SNIPPET_LENGTH)}`;
}

/** Whether the fragment's title, summary or text holds these tokens in a row. */
export function hasPhrase(fragment: DocFragment, phrase: readonly string[]): boolean {
  return [fragment.title, fragment.summary ?? '', fragment.text].some((text) => {
    const tokens = tokenSpans(text).map((span) => span.token);
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((token, k) => tokens[i + k] === token)) return true;
    }
    return false;
  });
}
