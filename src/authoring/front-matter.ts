/**
 * Writes an article's front-matter with the `yaml` library, so any title or name is quoted correctly, and puts the
 * importer's reasons above each field as comments for the editor.
 */
import { Document, isMap, isScalar } from 'yaml';

export interface FrontMatterFields {
  title: string;
  date: string;
  source: { name: string; author?: string; url?: string };
  actors: string[];
  topics: string[];
  summary?: string;
  draft?: boolean;
}

/** `---\n…\n---\n` with `comments[field]` written above `field`. */
export function renderFrontMatter(fields: FrontMatterFields, comments: Partial<Record<keyof FrontMatterFields, string>> = {}): string {
  const { title, date, source, actors, topics, summary, draft } = fields;
  const data: Record<string, unknown> = { title, date, source: cleanSource(source), actors, topics };
  if (summary) data.summary = summary;
  if (draft) data.draft = true;

  const doc = new Document(data, { version: '1.2', schema: 'core' });
  for (const key of ['actors', 'topics']) {
    const node = doc.get(key, true);
    if (node && typeof node === 'object') (node as { flow: boolean }).flow = true;
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? (pair.key.value as keyof FrontMatterFields) : undefined;
      const comment = key && comments[key];
      if (comment && isScalar(pair.key)) pair.key.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
    }
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

function cleanSource(source: FrontMatterFields['source']): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
}
