import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { ContentError } from './errors.ts';

/** A parsed YAML text that can tell on which line any value, or key, is. */
export interface LocatedYaml {
  value: unknown;
  /** 1-based line in the containing file of the value at `path` (or of its key when the value is missing). */
  lineOf(path: readonly PropertyKey[]): number;
  /** Scalars followed by a `# comment` on their own line: an unquoted `#` that probably cut a value short. */
  cutByComment(): Array<{ path: string[]; line: number; kept: string }>;
}

/**
 * Parses YAML 1.2 (core schema: `2017-08-09` stays a string, `12:30` stays `12:30`) and rejects duplicate keys.
 * `firstLine` is the file line on which `source` starts.
 */
export function parseLocatedYaml(source: string, file: string, firstLine = 1): { yaml?: LocatedYaml; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: lineAt(e.pos[0]),
        message: `YAML: ${e.message.split('\n')[0]}`,
        hint: yamlHint(e.code),
      })),
    };
  }
  return {
    errors: [],
    yaml: {
      value: doc.toJS(),
      lineOf: (path) => lineAt(offsetOf(doc, path)),
      cutByComment: () => findCutScalars(doc, lineAt),
    },
  };
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'each key may appear once';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return 'check indentation and quote values containing ": " or "#"';
  return 'quote values that contain ":", "#", "[" or "{"';
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let best = doc.contents?.range?.[0] ?? 0;
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!node || typeof node !== 'object' || !('items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const pair = isMap(node)
      ? (items as Array<{ key: unknown; value: unknown }>).find((p) => isScalar(p.key) && p.key.value === key)
      : undefined;
    const next = isMap(node) ? pair?.value : items[Number(key)];
    const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
    const range = (next as { range?: [number, number, number] } | undefined)?.range ?? keyRange;
    if (range) best = range[0];
    else break;
    node = next;
  }
  return best;
}

function findCutScalars(doc: Document, lineAt: (offset: number) => number) {
  const found: Array<{ path: string[]; line: number; kept: string }> = [];
  if (!isMap(doc.contents)) return found;
  for (const { key, value } of doc.contents.items) {
    // A plain scalar with a trailing comment: `title: Rusia #1 mitra` keeps only `Rusia`.
    if (isScalar(key) && isScalar(value) && value.type === 'PLAIN' && value.comment && value.range) {
      found.push({ path: [String(key.value)], line: lineAt(value.range[0]), kept: String(value.value) });
    }
  }
  return found;
}
