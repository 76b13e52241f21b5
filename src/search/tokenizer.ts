/**
 * Splits text into search tokens: runs of letters and digits in any Latin (or
 * other) script, with inner hyphens (reduplication, `negara-negara`) and
 * apostrophes (`Jum'at`) kept. Tokens are lower-cased with diacritics folded,
 * so `Sergéy` and `sergey` meet. Offsets point into the original text, for
 * highlighting.
 */

export interface TokenSpan {
  /** Normalised token. */
  token: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const COMBINING_MARKS = /\p{M}+/gu;

export function normaliseToken(raw: string): string {
  return raw.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/’/g, "'");
}

export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const token = normaliseToken(match[0]);
    if (token) spans.push({ token, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The words of `text` as written, before normalising. */
export function rawWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function tokenize(text: string): string[] {
  return rawWords(text).map(normaliseToken).filter(Boolean);
}
