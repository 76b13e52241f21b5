import type { z } from 'zod';
import type { ContentError } from './errors.ts';

/** Turns a zod failure into located errors, one per problem, naming the field. */
export function schemaErrors(error: z.ZodError, file: string, lineOf: (path: readonly PropertyKey[]) => number): ContentError[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.') || '(front-matter)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...issue.path, key]),
        message: `unknown field "${[...issue.path.map(String), key].join('.')}"`,
        hint: key === 'permalink' ? 'URLs come from the file name; rename the file instead' : 'check the spelling against the schema in README.md',
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [{ file, line: lineOf(issue.path), message: missing ? `missing required field "${field}"` : `"${field}" ${issue.message}` }];
  });
}
