const EXCERPT_WORDS = 40;
/** Words per minute for Indonesian news prose. */
const READING_SPEED = 200;

/** Excerpt (the summary, or the lead paragraph's opening words), word count and reading time of an article body. */
export function summarise(
  body: { text: string; lead: string },
  summary?: string,
): { excerpt: string; wordCount: number; readingMinutes: number } {
  // A word is a run of non-space characters with a letter or digit in it; each match takes one whole run.
  const words = body.text.match(/[\p{L}\p{N}]\S*/gu) ?? [];
  const opening = body.lead.split(/\s+/).filter(Boolean);
  const excerpt = summary ?? (opening.length > EXCERPT_WORDS ? `${opening.slice(0, EXCERPT_WORDS).join(' ')}…` : opening.join(' '));
  return { excerpt, wordCount: words.length, readingMinutes: Math.max(1, Math.round(words.length / READING_SPEED)) };
}
