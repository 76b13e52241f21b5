/**
 * An Indonesian stemmer after Sastrawi's confix-stripping (CS/ECS) algorithm,
 * dictionary-based: a word is reduced only as far as a root found in the
 * dictionary, otherwise it is returned unchanged. The same module runs at
 * build time (full Sastrawi dictionary) and in the browser (the dictionary
 * restricted to the roots the build used, see dictionary.ts).
 */
import { prefixRulesFor, type PrefixRule } from './prefix-rules.ts';

export interface WordSet {
  has(word: string): boolean;
}

export type Stem = (word: string) => string;

type AffixType = 'P' | 'PP' | 'DS' | 'DP';

interface Removal {
  type: AffixType;
  /** The word before the affix was removed. */
  subject: string;
  result: string;
  removed: string;
}

const SUFFIXES: ReadonlyArray<readonly [AffixType, RegExp]> = [
  ['P', /-*(lah|kah|tah|pun)$/], // inflectional particles
  ['PP', /-*(ku|mu|nya)$/], // possessive pronouns
  ['DS', /(is|isme|isasi|i|kan|an)$/], // derivational suffixes (leftmost match = longest)
];
const PARTICLE_OR_PRONOUN = ['ku', 'mu', 'nya', 'lah', 'kah', 'tah', 'pun'];
/** Words with these shapes are tried prefix-first (CS "precedence adjustment"). */
const PREFIX_FIRST = [/^be.*lah$/, /^be.*an$/, /^me.*i$/, /^di.*i$/, /^pe.*i$/, /^ter.*i$/];
const MAX_PREFIX_ROUNDS = 3;
/**
 * Prefixes that never pair with the suffix -kan (Nazief & Adriani's disallowed confixes ke-…-kan, se-…-kan, and
 * pe-…-kan, which is no noun form): a word of that shape ends in a root-final k and the suffix -an, so kerusakan is
 * rusak, not rusa, and penyelidikan is selidik, not lidi.
 */
const NO_KAN_PREFIX = /^(ke|se|pe)/;

export function createStemmer(dictionary: WordSet): Stem {
  const stemSingular = (word: string): string => new SingularStemming(word, dictionary).run();

  return function stem(word: string): string {
    return isPlural(word) ? stemPlural(word, dictionary, stemSingular) : stemSingular(word);
  };
}

/** `buku-buku`, `buku-bukunya` (but not `bukunya` nor `buku-nya`). */
function isPlural(word: string): boolean {
  const withSuffix = /^(.*)-(ku|mu|nya|lah|kah|tah|pun)$/.exec(word);
  return withSuffix ? withSuffix[1]!.includes('-') : word.includes('-');
}

function stemPlural(word: string, dictionary: WordSet, stemSingular: Stem): string {
  const halves = /^(.*)-(.*)$/.exec(word);
  if (!halves) return word;
  let [, first, second] = halves as unknown as [string, string, string];
  // malaikat-malaikat-nya → malaikat + malaikat-nya
  const inner = /^(.*)-(.*)$/.exec(first);
  if (PARTICLE_OR_PRONOUN.includes(second) && inner) {
    first = inner[1]!;
    second = `${inner[2]}-${second}`;
  }
  const root1 = stemSingular(first); // berbalas-balasan → balas
  let root2 = stemSingular(second);
  // meniru-nirukan → tiru: the second half lost its nasal prefix
  if (!dictionary.has(second) && root2 === second) root2 = stemSingular(`me${second}`);
  return root1 === root2 ? root1 : word;
}

/** One stemming attempt of a single (non-reduplicated) word, as Sastrawi's Context. */
class SingularStemming {
  private current: string;
  private removals: Removal[] = [];

  constructor(
    private readonly original: string,
    private readonly dictionary: WordSet,
  ) {
    this.current = original;
  }

  run(): string {
    if (this.original.length > 3) this.strip();
    if (!this.found()) return this.original;
    const kan = this.removals.find((removal) => removal.type === 'DS' && removal.removed === 'kan');
    if (kan && NO_KAN_PREFIX.test(this.original) && this.removals.some((removal) => removal.type === 'DP')) {
      // The same word read as root-final k + -an, if that reaches a root.
      const alternative = new SingularStemming(kan.subject.slice(0, -2), this.dictionary).run();
      if (alternative !== kan.subject.slice(0, -2) || this.dictionary.has(alternative)) return alternative;
    }
    return this.current;
  }

  private found(): boolean {
    return this.dictionary.has(this.current);
  }

  private strip(): void {
    if (this.found()) return;
    if (PREFIX_FIRST.some((shape) => shape.test(this.original))) {
      this.removePrefixes();
      if (this.found()) return;
      this.removeSuffixes();
      if (this.found()) return;
      this.current = this.original;
      this.removals = [];
    }
    this.removeSuffixes();
    if (this.found()) return;
    this.removePrefixes();
    if (this.found()) return;
    this.restoreSuffixes();
  }

  private removeSuffixes(): void {
    for (const [type, pattern] of SUFFIXES) {
      const result = this.current.replace(pattern, '');
      if (result !== this.current) {
        this.removals.push({ type, subject: this.current, result, removed: this.current.slice(result.length) });
        this.current = result;
      }
      if (this.found()) return;
    }
  }

  private removePrefixes(): void {
    for (let round = 0; round < MAX_PREFIX_ROUNDS; round++) {
      this.removeOnePrefix();
      if (this.found()) return;
    }
  }

  /** Applies the first prefix rule that removes something. */
  private removeOnePrefix(): void {
    const plain = this.current.replace(/^(di|ke|se)/, '');
    if (plain !== this.current) {
      this.pushPrefixRemoval(plain);
      return;
    }
    for (const rule of prefixRulesFor(this.current)) {
      const result = this.disambiguate(rule);
      if (result !== undefined) {
        this.pushPrefixRemoval(result);
        return;
      }
    }
  }

  /** The first candidate in the dictionary, else the last alternative's outcome. */
  private disambiguate(rule: PrefixRule): string | undefined {
    let result: string | undefined;
    for (const [pattern, template] of rule) {
      result = pattern.test(this.current) ? this.current.replace(pattern, template) : undefined;
      if (result !== undefined && this.dictionary.has(result)) break;
    }
    return result;
  }

  private pushPrefixRemoval(result: string): void {
    this.removals.push({ type: 'DP', subject: this.current, result, removed: '' });
    this.current = result;
  }

  /**
   * ECS "loop pengembalian akhiran": put the prefixes back, then restore the
   * removed suffixes one at a time (innermost first) and strip prefixes again,
   * for roots that end like a suffix (pelanggan → langgan, not langg).
   */
  private restoreSuffixes(): void {
    const firstPrefix = this.removals.find((removal) => removal.type === 'DP');
    if (firstPrefix) this.current = firstPrefix.subject;
    const suffixRemovals = this.removals.filter((removal) => removal.type !== 'DP');
    const restored = this.current;
    for (const removal of [...suffixRemovals].reverse()) {
      this.removals = [...suffixRemovals];
      if (removal.removed === 'kan') {
        // -kan may be root-final k + suffix -an: tolakan → tolak
        this.current = `${removal.result}k`;
        this.removePrefixes();
        if (this.found()) return;
        this.current = `${removal.result}kan`;
      } else {
        this.current = removal.subject;
      }
      this.removePrefixes();
      if (this.found()) return;
      this.current = restored;
    }
  }
}
