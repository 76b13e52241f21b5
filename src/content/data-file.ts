import type { z } from 'zod';
import type { ContentError } from './errors.ts';
import { readDataFile } from './read-text.ts';
import { parseLocatedYaml } from './yaml-document.ts';
import { schemaErrors } from './schema-errors.ts';
import { textValueErrors } from './text-values.ts';

/**
 * A YAML data file of the content folder (a registry file, `site.yaml`), read safely (read-text.ts `readDataFile`)
 * and validated against `schema` (an empty file counts as `empty`), with every problem located by line. `missing` when there is no such file.
 */
export function readYamlData<T>(file: string, schema: z.ZodType<T>, empty: unknown): { value?: T; missing?: true; errors: ContentError[] } {
  const text = readDataFile(file);
  if (text.ok === 'missing') return { missing: true, errors: [] };
  if (text.ok === false) return { errors: [{ file, line: text.line, message: text.message, hint: text.hint }] };
  if (/^---[ \t]*\S/.test(text.text)) {
    return { errors: [{ file, line: 1, message: 'a "---" line with a language is not YAML', hint: 'start the file with the first key; data files are plain YAML' }] };
  }
  const parsed = parseLocatedYaml(text.text, file);
  if (!parsed.yaml) return { errors: parsed.errors };
  const strings = textValueErrors(parsed.yaml.value, file, parsed.yaml.lineOf);
  if (strings.length > 0) return { errors: strings };
  const value = parsed.yaml.value ?? empty;
  const result = schema.safeParse(value);
  if (!result.success) return { errors: schemaErrors(result.error, file, parsed.yaml.lineOf, value) };
  return { value: result.data, errors: [] };
}
