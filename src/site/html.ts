/**
 * Markup for the page templates. `html` is a tagged template that escapes every value put into it, unless the value
 * is markup already: an `Html` from `html` itself, or from `trustedHtml` for the two strings made safe elsewhere
 * (the sanitised article body, the JSON-LD serialised for a script). Arrays are printed item by item, so a loop is a
 * `map`. Printing undefined or null throws, so a field that is missing fails the build instead of leaving a gap.
 */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

export type Printable = string | number | Html | readonly Printable[];

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  // Most values have nothing to escape: testing first spares them a replace.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ENTITIES[char]!) : text;
}

function print(value: Printable): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value as readonly Printable[]) out += print(item);
    return out;
  }
  throw new TypeError(`attempted to output ${value === null ? 'null' : typeof value} value`);
}

export function html(strings: TemplateStringsArray, ...values: Printable[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += print(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** A string that is safe markup already; only for HTML that was sanitised or serialised for its place. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}
