import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
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
 *
 * Front-matter is mostly quoted strings and lists. For that, js-yaml's core schema gives the same values much faster
 * than `yaml`'s document model, which keeps every node's place (docs/performance.md); `yaml` reads the rest, and is asked where a value is only when an error needs a line.
 */
export function parseLocatedYaml(source: string, file: string, firstLine = 1): { yaml?: LocatedYaml; errors: ContentError[] } {
  const value = quickValue(source);
  if (value === undefined) return parseDocumentYaml(source, file, firstLine);
  let located: LocatedYaml | undefined;
  return {
    errors: [],
    yaml: {
      value,
      lineOf: (path) => {
        const line = path.length === 1 && typeof path[0] === 'string' ? marginKeyLine(source, value as Record<string, unknown>, path[0]) : undefined;
        if (line !== undefined) return line + firstLine - 1;
        return (located ??= parseDocumentYaml(source, file, firstLine).yaml)?.lineOf(path) ?? firstLine;
      },
      cutByComment: () => [], // no comment follows a value
    },
  };
}

/**
 * The value of `source` read by js-yaml, when both parsers certainly agree on it: no comment but whole lines at the
 * margin (another could cut a plain value short, which `cutByComment` must report), no number (js-yaml also reads `1_000` and `0b1` as numbers, YAML 1.2 core as text), no alias (one
 * value reached twice: `yaml` limits their expansion) and no `__proto__` key. Otherwise, or on any error, undefined.
 */
function quickValue(source: string): unknown {
  const uncommented = source.replace(/^#.*/gm, '');
  if (/(^|\s)#|__proto__/.test(uncommented)) return undefined;
  let value: unknown;
  try {
    value = load(source, { schema: CORE_SCHEMA });
    // A margin `#` inside a multi-line quoted value is text to js-yaml and an error to `yaml`: without the comment
    // lines, the value must be the same.
    if (uncommented !== source && !isDeepStrictEqual(value, load(uncommented, { schema: CORE_SCHEMA }))) return undefined;
  } catch {
    return undefined; // `yaml` says what is wrong, and where
  }
  return value !== undefined && isPlainTree(value, new Set()) ? value : undefined;
}

const PROBE = 'arsip-line-probe';
/** The pattern of a line `key: value` at the margin, per key. */
const keyLines = new Map<string, RegExp>();

/**
 * The 1-based line of the top-level `key`'s value in `source` (read by js-yaml as `value`), found without `yaml`'s
 * document model (every article asks for its date's line, and building that model costs more than all the rest of
 * parsing): the one line at the margin reading `key: value`, proved to hold the whole value by reading `source`
 * again with that line's value replaced by a probe, which must change `key`'s value and nothing else. Multi-line
 * values, and lines at the margin inside another value, fail the proof. Undefined when unproved.
 */
export function marginKeyLine(source: string, value: Record<string, unknown>, key: string): number | undefined {
  if (!/^[A-Za-z][\w-]*$/.test(key) || !Object.hasOwn(value, key) || source.includes(PROBE)) return undefined;
  let pattern = keyLines.get(key);
  if (!pattern) keyLines.set(key, (pattern = new RegExp(`^${key}:[ \\t]+[^\\s#].*$`, 'gm')));
  const lines = [...source.matchAll(pattern)];
  if (lines.length !== 1) return undefined;
  const { index, 0: line } = lines[0]!;
  try {
    const probed = load(`${source.slice(0, index)}${key}: ${PROBE}${source.slice(index + line.length)}`, { schema: CORE_SCHEMA });
    if (!isDeepStrictEqual(probed, { ...value, [key]: PROBE })) return undefined;
  } catch {
    return undefined;
  }
  let number = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) number++;
  return number;
}

function isPlainTree(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  return (Array.isArray(value) ? value : Object.values(value)).every((item) => isPlainTree(item, seen));
}

function parseDocumentYaml(source: string, file: string, firstLine: number): { yaml?: LocatedYaml; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: lineAt(e.pos[0]),
        message: `YAML: ${e.message.split('\n')[0]}`,
        hint: e.code === 'TAB_AS_INDENT' ? tabHint(source, e.pos[0], lineAt(e.pos[0])) : yamlHint(e.code),
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // `yaml` refuses aliases that expand too far ("billion laughs") only when the value is built.
    return { errors: [{ file, line: firstLine, message: `YAML: ${(error as Error).message}`, hint: 'aliases (*name) may not repeat a value this often; write the values out' }] };
  }
  return {
    errors: [],
    yaml: {
      value,
      lineOf: (path) => lineAt(offsetOf(doc, path)),
      cutByComment: () => findCutScalars(doc, lineAt),
    },
  };
}

/** Where the tab is: YAML indents with spaces only. */
function tabHint(source: string, offset: number, line: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const tab = source.indexOf('\t', lineStart);
  const column = (tab === -1 ? offset : tab) - lineStart + 1;
  return `YAML indents with spaces, not tabs: replace the tab at line ${line}, column ${column} with spaces`;
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
