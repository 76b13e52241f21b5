import type { z } from 'zod';
import type { ContentError } from './errors.ts';

/**
 * Turns a zod failure into located errors, one per problem, naming the field; a value of the wrong type is reported
 * with the type expected and the value found (`"draft" must be true or false, not "ya"`), never as missing.
 * `input` is the value that was validated.
 */
export function schemaErrors(error: z.ZodError, file: string, lineOf: (path: readonly PropertyKey[]) => number, input: unknown): ContentError[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...issue.path, key]),
        message: `unknown field "${[...issue.path.map(String), key].join('.')}"`,
        hint: key === 'permalink' ? 'URLs come from the file name; rename the file instead' : 'check the spelling against the schema in README.md',
      }));
    }
    const found = valueAt(input, issue.path);
    const subject = field === '' ? 'the file' : `"${field}"`;
    if (issue.code === 'invalid_type') {
      if (found.missing) return [{ file, line: lineOf(issue.path), message: `missing required field "${field}"` }];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [{ file, line: lineOf(issue.path), message: `${subject} must be ${expected}, not ${describe(found.value)}` }];
    }
    const value = found.missing || typeof found.value === 'object' ? '' : ` (found ${describe(found.value)})`;
    return [{ file, line: lineOf(issue.path), message: `${subject} ${issue.message}${value}` }];
  });
}

const EXPECTED: Record<string, string> = {
  boolean: 'true or false',
  string: 'text',
  array: 'a list ([a, b] or one "- item" per line)',
  object: 'a set of "key: value" fields',
  number: 'a number',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): { missing: boolean; value?: unknown } {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { missing: true };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { missing: value === undefined, value };
}

/** A found value as a message shows it: short, and quoted when it is text. */
function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Date) return `a timestamp (${value.toISOString()})`;
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return String(value);
}
