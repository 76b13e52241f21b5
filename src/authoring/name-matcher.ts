/**
 * Finds registry names in running text on word boundaries, longest name first, so `Duta Besar Rusia untuk
 * Indonesia` is one mention of Galuzin rather than also one of Rusia and one of Indonesia.
 *
 * Case rules follow how Indonesian news capitalises: an acronym alias (`AS`, `RI`, `UN`) must match exactly, so the
 * words "as" or "un" never count; other names ignore case after their first letter, which must be a capital, so
 * `presiden Rusia` (any president) is not `Presiden Rusia` (Putin). Accents are ignored.
 */

export interface NameEntry<T> {
  entry: T;
  names: string[];
}

export interface NameMatch<T> {
  entry: T;
  /** The words as written in the text. */
  form: string;
  start: number;
  end: number;
}

/** Same length as the input, so offsets stay valid: `é` → `e`. */
function foldAccents(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD')[0]!;
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (name: string) => !/\p{Ll}/u.test(name);

function patternFor(name: string): RegExp {
  const body = foldAccents(name.trim()).split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, isAcronym(name) ? 'gu' : 'giu');
}

/** A compiled matcher for a set of entries; build once, run on many texts. */
export function nameMatcher<T>(entries: Array<NameEntry<T>>): (text: string, blocked?: Array<[number, number]>) => Array<NameMatch<T>> {
  const patterns = entries.flatMap(({ entry, names }) =>
    names.filter((n) => n.trim() !== '').map((name) => ({ entry, pattern: patternFor(name), acronym: isAcronym(name) })),
  );
  return (text, blocked = []) => {
    const folded = foldAccents(text);
    const found: Array<NameMatch<T>> = [];
    for (const { entry, pattern, acronym } of patterns) {
      for (const m of folded.matchAll(pattern)) {
        const form = text.slice(m.index, m.index + m[0].length);
        if (!acronym && !/^\p{Lu}/u.test(form)) continue;
        found.push({ entry, form, start: m.index, end: m.index + m[0].length });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Array<[number, number]> = [...blocked];
    const kept = found.filter((m) => {
      if (taken.some(([s, e]) => m.start < e && s < m.end)) return false;
      taken.push([m.start, m.end]);
      return true;
    });
    return kept.sort((a, b) => a.start - b.start);
  };
}
