const EXCERPT_WORDS = 40;
/** Words per minute for Indonesian news prose. */
const READING_SPEED = 200;

/**
 * The opening of a lead paragraph: its first words, with "…" when it goes on. Worked out when a body is rendered and
 * cached with it (render.ts), so a load does not split every lead again.
 */
export function openingOf(lead: string): string {
  // One word past the excerpt's length is enough to know whether it was cut.
  const words = lead.trim().split(/\s+/, EXCERPT_WORDS + 1).filter(Boolean);
  return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')}…` : words.join(' ');
}

/** Excerpt (the summary, or the lead paragraph's opening), word count and reading time of an article body. */
export function summarise(
  body: { opening: string; wordCount: number },
  summary?: string,
): { excerpt: string; wordCount: number; readingMinutes: number } {
  const { wordCount } = body;
  return { excerpt: summary ?? body.opening, wordCount, readingMinutes: Math.max(1, Math.round(wordCount / READING_SPEED)) };
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words: runs of non-space characters with a letter or digit in them. Counted in place rather than by splitting the
 * text into strings, which at 10,000 bodies (two million words) costs more in garbage collection than the counting.
 */
export function countWords(text: string): number {
  let count = 0;
  let counted = false; // the current run already has its letter or digit
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let space: boolean;
    let wordy: boolean;
    if (code < 0x80) {
      space = code === 0x20 || (code >= 0x09 && code <= 0x0d);
      wordy = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
    } else {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      i += char.length - 1;
      space = SPACE.test(char);
      wordy = !space && LETTER_OR_DIGIT.test(char);
    }
    if (space) counted = false;
    else if (wordy && !counted) {
      count++;
      counted = true;
    }
  }
  return count;
}
