/**
 * The root-word dictionary. At build time the stemmer uses Sastrawi's full
 * kata-dasar list (about 30,000 roots, shipped by the ts-sastrawi package);
 * every root the build actually finds is recorded, and only those go to the
 * browser. Since the stemmer's path depends only on dictionary answers, a word
 * from the archive stems identically against the recorded subset.
 */
import { createRequire } from 'node:module';
import { createStemmer, type Stem } from './stemmer.ts';

const require = createRequire(import.meta.url);

let fullDictionary: ReadonlySet<string> | undefined;

/**
 * Corrections to the list. Rare roots that common affixed words wandered to, though their other forms reach another
 * root: mengunjungi reached unjung, not kunjung (berkunjung, kunjungan); menyepakati reached pakat, not sepakat
 * (kesepakatan, disepakati). And words the list lacks, which the stemmer cut to a root of another meaning: setengah
 * (half) became tengah (middle).
 */
const REMOVED_ROOTS = ['unjung', 'pakat'];
const ADDED_ROOTS = ['setengah'];

/** Sastrawi's kata-dasar list, with the corrections above (loaded once). */
export function loadFullDictionary(): ReadonlySet<string> {
  if (!fullDictionary) {
    const module = require('ts-sastrawi/dist/dictionary-default.js') as {
      default: () => { dictionary: Record<string, string> };
    };
    const words = new Set(Object.keys(module.default().dictionary).filter(Boolean));
    for (const root of REMOVED_ROOTS) words.delete(root);
    for (const root of ADDED_ROOTS) words.add(root);
    fullDictionary = words;
  }
  return fullDictionary;
}

/**
 * A stemmer over `words` for one section of the index (a body shard, the
 * titles, the entities): every root its words reach is added to `roots`.
 * Stems are shared between sections and remember their roots, so a word
 * seen before still reports them; the head's dictionary is the union of the
 * sections' roots, and a cached body shard brings its own.
 */
export type SectionStemmer = (roots: Set<string>) => Stem;

export function rootRecordingStemmer(words: ReadonlySet<string>): SectionStemmer {
  let found: string[] = [];
  const stem = createStemmer({
    has(word: string): boolean {
      if (!words.has(word)) return false;
      found.push(word);
      return true;
    },
  });
  const stems = new Map<string, { stem: string; roots: string[] }>();
  return (roots) => (word) => {
    let entry = stems.get(word);
    if (!entry) {
      found = [];
      entry = { stem: stem(word), roots: found };
      stems.set(word, entry);
    }
    for (const root of entry.roots) roots.add(root);
    return entry.stem;
  };
}
