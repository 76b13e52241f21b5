/** Folds case, accents, dashes and spacing so `Menlu  Rusia`, `menlu rusia` and `Menlu‑Rusia` compare equal. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Up to `limit` known names closest to `wanted`, cut to the best-scoring ones: a few typing mistakes (an edit distance
 * growing with the name's length), or the whole of one name as words of the other (`CNN` → `CNN Indonesia`, scored
 * worse the more words it lacks). Letters inside a word do not count, so `Galusin` does not suggest `US`.
 */
export function closestNames(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const key = nameKey(wanted);
  const scored: Array<{ name: string; distance: number }> = [];
  for (const name of new Set(candidates)) {
    const other = nameKey(name);
    const [shorter, longer] = other.length < key.length ? [other, key] : [key, other];
    const asWords = shorter.length >= 3 && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(shorter)}($|[^\\p{L}\\p{N}])`, 'u').test(longer);
    const distance = asWords ? 1 + Math.floor((longer.length - shorter.length) / 8) : levenshtein(key, other);
    if (asWords || distance <= Math.max(1, Math.floor(key.length / 3))) scored.push({ name, distance });
  }
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance === best)
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
