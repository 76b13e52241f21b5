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

/** Up to `limit` candidates closest to `wanted` by edit distance (or containing it), best first. */
export function closestNames(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const key = nameKey(wanted);
  const scored: Array<{ name: string; distance: number }> = [];
  for (const name of new Set(candidates)) {
    const other = nameKey(name);
    const distance = other.includes(key) || key.includes(other) ? 1 : levenshtein(key, other);
    if (distance <= Math.max(2, Math.floor(key.length / 3))) scored.push({ name, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
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
