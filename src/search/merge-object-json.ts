/**
 * Merges entries into the JSON text of an object that `JSON.stringify` wrote with its keys inserted in sorted order
 * and whose values are numbers or arrays of them (a payload bucket), writing the bytes `JSON.stringify` would write
 * for the merged object, without parsing the entries that stay as they were: a new article changes a few entries of
 * each bucket it reaches, and parsing and writing the whole bucket again was most of appending it
 * (docs/performance.md).
 */

/** A key JavaScript lists before all others in an object, in numeric order: an array index. */
export const isArrayIndex = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
};

/** The order `JSON.stringify` lists the keys of an object they were inserted into sorted (by UTF-16 code units). */
export function objectKeyOrder(a: string, b: string): number {
  const aIndex = isArrayIndex(a);
  const bIndex = isArrayIndex(b);
  if (aIndex || bIndex) return aIndex && bIndex ? Number(a) - Number(b) : aIndex ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;

/** The end of the JSON string starting at `at` (its opening quote), after the closing quote. */
function stringEnd(json: string, at: number): number {
  for (let i = at + 1; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i + 1;
  }
  throw new SyntaxError('unterminated key in JSON object');
}

/**
 * `json` with `added`'s entries merged in: a key already there gets `merge(its old value, the added one)`, a new key
 * `merge(undefined, the added one)`, each placed where `JSON.stringify` of the merged object would put it. `json` is
 * trusted to be such an object (the payload's own file, read back by its hash): it is read only as far as the last
 * added key, and a string or object met in a value there is refused with a SyntaxError.
 */
export function mergeObjectJson<Old, New>(json: string, added: ReadonlyMap<string, New>, merge: (old: Old | undefined, value: New) => unknown): string {
  if (json.charCodeAt(0) !== 123 || json.charCodeAt(json.length - 1) !== 125) throw new SyntaxError('not a JSON object');
  const keys = [...added.keys()].sort(objectKeyOrder);
  const parts: string[] = [];
  const write = (key: string, old: Old | undefined) => parts.push(`${JSON.stringify(key)}:${JSON.stringify(merge(old, added.get(key)!))}`);
  const last = json.length - 1;
  let copied = 1; // the text from here to the entry being looked at is copied as it is
  const copyTo = (end: number) => {
    if (end > copied) parts.push(json.slice(copied, end));
  };
  let next = 0;
  // With no string in a value, every quote outside a key opens the next key.
  for (let start = 1; start < last && next < keys.length; ) {
    if (json.charCodeAt(start) !== QUOTE) throw new SyntaxError('not a JSON object of numbers and arrays');
    const keyEnd = stringEnd(json, start);
    if (json.charCodeAt(keyEnd) !== COLON) throw new SyntaxError('not a JSON object of numbers and arrays');
    const quote = json.indexOf('"', keyEnd);
    const end = quote < 0 ? last : quote - 1;
    if (quote >= 0 && json.charCodeAt(end) !== COMMA) throw new SyntaxError('not a JSON object of numbers and arrays');
    const literal = json.slice(start, keyEnd);
    const key = literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1);
    for (; next < keys.length && objectKeyOrder(keys[next]!, key) < 0; next++) {
      copyTo(start - 1);
      copied = start;
      write(keys[next]!, undefined);
    }
    if (keys[next] === key) {
      copyTo(start - 1);
      copied = end + 1;
      write(keys[next++]!, JSON.parse(json.slice(keyEnd + 1, end)) as Old);
    }
    start = end + 1;
  }
  copyTo(last);
  for (; next < keys.length; next++) write(keys[next]!, undefined);
  return `{${parts.join(',')}}`;
}
