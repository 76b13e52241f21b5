/**
 * The root-word dictionary. At build time the stemmer uses Sastrawi's full
 * kata-dasar list (about 30,000 roots, shipped by the ts-sastrawi package);
 * every root the build actually finds is recorded, and only those go to the
 * browser. Since the stemmer's path depends only on dictionary answers, a word
 * from the archive stems identically against the recorded subset.
 */
import { createRequire } from 'node:module';
import type { WordSet } from './stemmer.ts';

const require = createRequire(import.meta.url);

let fullDictionary: ReadonlySet<string> | undefined;

/** Sastrawi's kata-dasar list (loaded once). */
export function loadFullDictionary(): ReadonlySet<string> {
  if (!fullDictionary) {
    const module = require('ts-sastrawi/dist/dictionary-default.js') as {
      default: () => { dictionary: Record<string, string> };
    };
    fullDictionary = new Set(Object.keys(module.default().dictionary).filter(Boolean));
  }
  return fullDictionary;
}

/** A dictionary that remembers which of its words were found. */
export interface RecordingDictionary extends WordSet {
  readonly hits: ReadonlySet<string>;
}

export function recordingDictionary(words: ReadonlySet<string>): RecordingDictionary {
  const hits = new Set<string>();
  return {
    hits,
    has(word: string): boolean {
      if (!words.has(word)) return false;
      hits.add(word);
      return true;
    },
  };
}
