/** A problem in one content file, reported as `path:line: message (hint)`. */
export interface ContentError {
  /** Path as given to the loader (relative to the working directory when possible). */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  message: string;
  hint?: string;
}

export function formatContentError(error: ContentError): string {
  const hint = error.hint ? ` (${error.hint})` : '';
  return `${error.file}:${error.line}: ${error.message}${hint}`;
}

/** Thrown by steps that must stop the build; carries every problem found. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content error(s):\n${errors.map(formatContentError).join('\n')}`);
    this.name = 'ContentErrors';
  }
}
