/** What the importer concluded about one front-matter field, and why: shown in the review table. */
export type Confidence = 'high' | 'medium' | 'low';

export interface Inferred<T> {
  /** Missing when nothing could be inferred: the field is written as a `TODO` that `npm run check` rejects. */
  value?: T;
  /** How the value was found (or why not), in a few words. */
  how: string;
  confidence?: Confidence;
}

/** Every string value starting with this is rejected by `npm run check` (src/content/parse-article.ts `findTodos`). */
export const TODO = 'TODO';

export function todo(reason: string): string {
  return `${TODO}: ${reason}`;
}
