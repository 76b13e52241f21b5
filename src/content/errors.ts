/** A problem in one content file, reported as `path:line: message (hint)`. */
export interface ContentError {
  /** Path as given to the loader (relative to the working directory when possible). */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  message: string;
  hint?: string;
}

/**
 * Something worth an editor's look that does not stop the build (a stray file, a date that contradicts the file
 * name); it has an error's shape and is printed as `path:line: warning: message (hint)`.
 */
export type ContentWarning = ContentError;

/** The line printed for a problem; content in it is made safe to print to a terminal (`terminalSafe`). */
export function formatContentError(error: ContentError): string {
  const hint = error.hint ? ` (${error.hint})` : '';
  return terminalSafe(`${error.file}:${error.line}: ${error.message}${hint}`);
}

export function formatContentWarning(warning: ContentWarning): string {
  return formatContentError({ ...warning, message: `warning: ${warning.message}` });
}

/**
 * Control characters (an escape sequence can set a terminal's title or clear its screen), line breaks and the
 * invisible characters that reorder text, written out as `\u{…}`: text from content files never reaches a terminal raw.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Thrown by steps that must stop the build; carries every problem found. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content error(s):\n${errors.map(formatContentError).join('\n')}`);
    this.name = 'ContentErrors';
  }
}
