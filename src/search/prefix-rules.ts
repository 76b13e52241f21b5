/**
 * Sastrawi's derivational-prefix rules (Nazief & Adriani, extended by Asian's
 * CS and Arifin's ECS stemmers), as data. Each rule lists alternatives in the
 * order they are tried; an alternative that matches yields a candidate root
 * (a replacement template for its pattern). The stemmer keeps the first
 * candidate found in the dictionary, else the LAST alternative's outcome, as
 * Sastrawi does: the last alternative is the rule's fallback recoding.
 */

export type PrefixRule = ReadonlyArray<readonly [pattern: RegExp, template: string]>;

const V = '[aiueo]';
/** Any consonant. */
const C = '[bcdfghjklmnpqrstvwxyz]';
/** A consonant other than r. */
const CnoR = '[bcdfghjklmnpqstvwxyz]';
/** A consonant other than r, w, y, l, m, n (rules 35, 36). */
const Cstrict = '[bcdfghjkpqstvxz]';

const re = (source: string) => new RegExp(`^${source}$`);
const strip = (prefix: string, rest: string): readonly [RegExp, string] => [re(`${prefix}(${rest})`), '$1'];
const recode = (prefix: string, rest: string, initial: string): readonly [RegExp, string] => [
  re(`${prefix}(${rest})`),
  `${initial}$1`,
];

export const PREFIX_RULES: readonly PrefixRule[] = [
  [strip('ber', `${V}.*`), recode('be', `r${V}.*`, '')], // 1: berV → ber-V | be-rV
  [strip('ber', `${C}[a-z](?!er).*`)], // 2: berCAP, P ≠ er
  [strip('ber', `${CnoR}[a-z]er${V}.*`)], // 3: berCAerV
  [[/^belajar$/, 'ajar']], // 4
  [strip('be', `${CnoR}er${C}.*`)], // 5: beC1erC2
  [strip('ter', `${V}.*`), recode('te', `r${V}.*`, '')], // 6: terV → ter-V | te-rV
  [strip('ter', `${CnoR}er${V}.*`)], // 7: terCerV
  [strip('ter', `${CnoR}(?!er).*`)], // 8: terCP, P ≠ er
  [strip('te', `${CnoR}er${C}.*`)], // 9: teC1erC2
  [strip('me', `[lrwy]${V}.*`)], // 10
  [strip('mem', '[bfv].*')], // 11
  [recode('mempe', '.*', 'pe')], // 12: mempe → mem-pe
  [recode('mem', `${V}.*`, 'm'), recode('mem', `${V}.*`, 'p')], // 13: memV → me-mV | me-pV
  [strip('men', '[cdjstz].*')], // 14
  [recode('men', `${V}.*`, 'n'), recode('men', `${V}.*`, 't')], // 15: menV → me-nV | me-tV
  [strip('meng', '[ghqk].*')], // 16
  // 17: mengV → meng-V | meng-kV | menge-V | me-ngV
  [strip('meng', `${V}.*`), recode('meng', `${V}.*`, 'k'), strip('menge', '.*'), recode('meng', `${V}.*`, 'ng')],
  [recode('meny', `${V}.*`, 'ny'), recode('meny', `${V}.*`, 's')], // 18: menyV → me-nyV | meny-sV
  [recode('memp', '[a-df-z].*', 'p')], // 19: mempA, A ≠ e
  [strip('pe', `[wy]${V}.*`)], // 20
  [strip('per', `${V}.*`), recode('pe', `r${V}.*`, '')], // 21: perV → per-V | pe-rV
  [strip('per', `${C}[a-z](?!er).*`)], // 23: perCAP, P ≠ er
  [strip('per', `${CnoR}[a-z]er${V}.*`)], // 24: perCAerV
  [strip('pem', '[bfv].*')], // 25
  [recode('pem', `${V}.*`, 'm'), recode('pem', `${V}.*`, 'p')], // 26: pemV → pe-mV | pe-pV
  [strip('pen', '[cdjstz].*')], // 27
  [recode('pen', `${V}.*`, 'n'), recode('pen', `${V}.*`, 't')], // 28: penV → pe-nV | pe-tV
  [strip('peng', `${C}.*`)], // 29
  [strip('peng', `${V}.*`), recode('peng', `${V}.*`, 'k'), strip('penge', '.*')], // 30
  [recode('peny', `${V}.*`, 'ny'), recode('peny', `${V}.*`, 's')], // 31
  [[/^pelajar$/, 'ajar']], // 32, exception
  [strip('pe', `l${V}.*`)], // 32: pelV
  [strip('pe', `${C}(?!er).*`)], // 34: peCP, P ≠ er
  [strip('ter', `${Cstrict}er${C}.*`)], // 35
  [strip('pe', `${Cstrict}er${C}.*`)], // 36
  // 37–40: infixes -er-, -el-, -em-, -in-: CerV → CerV | CV
  ...['er', 'el', 'em', 'in'].map((infix): PrefixRule => [
    [re(`(${C}${infix}${V}.*)`), '$1'],
    [re(`(${C})${infix}(${V}.*)`), '$1$2'],
  ]),
  [strip('ku', '.*')], // 41
  [strip('kau', '.*')], // 42
];

/** The letter every alternative of `rule` starts with, if they all start with the same literal letter. */
const literalInitial = (rule: PrefixRule): string | undefined => {
  const initials = new Set(rule.map(([pattern]) => (/^\^[a-z](?![?*{])/.test(pattern.source) ? pattern.source[1] : '')));
  return initials.size === 1 && !initials.has('') ? [...initials][0] : undefined;
};
const INITIALS = PREFIX_RULES.map(literalInitial);
const ANY_INITIAL = PREFIX_RULES.filter((_, i) => INITIALS[i] === undefined);
const BY_INITIAL = new Map<string, PrefixRule[]>();
for (const initial of INITIALS) {
  if (initial === undefined || BY_INITIAL.has(initial)) continue;
  BY_INITIAL.set(initial, PREFIX_RULES.filter((_, i) => INITIALS[i] === initial || INITIALS[i] === undefined));
}

/**
 * The rules that may apply to `word`, in order: a rule whose alternatives all start with a literal letter applies
 * only to words starting with it. Stemming tried all 41 rules on every prefix it removed; most words rule out all
 * but a handful by their first letter.
 */
export function prefixRulesFor(word: string): readonly PrefixRule[] {
  return BY_INITIAL.get(word[0] ?? '') ?? ANY_INITIAL;
}
