/**
 * Builds Lunr indexes whose terms come from our own analyser
 * instead of Lunr's English pipeline, so the build and the browser (which
 * queries with the same analyser and `usePipeline: false`) agree.
 */
import lunr from 'lunr';
import type { Analyze } from './analyzer.ts';
import type { FieldSpec } from './fields.ts';
import { encodeIndex, type CompactIndex, type LunrIndexJson } from './index-codec.ts';

/** Indexes `items` with refs `first`, `first + 1`, … in base 36. */
export function buildLunrIndex<T>(fields: ReadonlyArray<FieldSpec<T>>, items: readonly T[], first: number, analyze: Analyze): LunrIndexJson {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = Object.assign(
    (text?: unknown, metadata?: object) =>
      analyze(typeof text === 'string' ? text : '').map((term) => new lunr.Token(term, { ...metadata })),
    { separator: lunr.tokenizer.separator },
  ) as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const field of fields) builder.field(field.name, { boost: field.boost });
  items.forEach((item, i) => {
    const doc: Record<string, string> = { ref: (first + i).toString(36) };
    for (const field of fields) doc[field.name] = field.extract(item);
    builder.add(doc);
  });
  return builder.build().toJSON() as unknown as LunrIndexJson;
}

/** `buildLunrIndex` in the payload's compact form. */
export function buildCompactIndex<T>(fields: ReadonlyArray<FieldSpec<T>>, items: readonly T[], first: number, analyze: Analyze): CompactIndex {
  return encodeIndex(buildLunrIndex(fields, items, first, analyze), first, items.length);
}
