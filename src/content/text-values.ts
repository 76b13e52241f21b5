import type { ContentError } from './errors.ts';
import { LIMITS } from './read-text.ts';

/** C0 and C1 control characters other than tab and newline: YAML escapes (`"\e"`, `"\0"`) can put them in a value. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Every string of a parsed YAML value (keys included) that holds a control character, or is longer than
 * `LIMITS.stringChars`: such text would reach page titles and meta tags, or make pages of megabytes.
 */
export function textValueErrors(value: unknown, file: string, lineOf: (path: readonly PropertyKey[]) => number): ContentError[] {
  const errors: ContentError[] = [];
  const visit = (item: unknown, path: PropertyKey[]) => {
    if (typeof item === 'string') {
      const field = path.map(String).join('.') || '(value)';
      const control = CONTROL.exec(item);
      if (control) {
        const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        errors.push({ file, line: lineOf(path), message: `"${field}" contains the control character ${code}`, hint: 'only tab and newline are allowed; remove the escape sequence' });
      }
      if (item.length > LIMITS.stringChars) {
        errors.push({ file, line: lineOf(path), message: `"${field}" is ${item.length} characters long, over the limit of ${LIMITS.stringChars}`, hint: 'shorten it; the body belongs below the front-matter' });
      }
    } else if (Array.isArray(item)) {
      item.forEach((v, i) => visit(v, [...path, i]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, v] of Object.entries(item)) {
        if (CONTROL.test(key)) errors.push({ file, line: lineOf([...path, key]), message: 'a key contains a control character', hint: 'only letters, digits and - are used in keys' });
        visit(v, [...path, key]);
      }
    }
  };
  visit(value, []);
  return errors;
}
