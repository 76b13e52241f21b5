/**
 * Picks the date of a raw article from its date expressions. Years missing from `Rabu (9/8)` come from
 * the years the text mentions, else from the terms of office of the people it names, and the written weekday must
 * agree; a date that stays ambiguous is left for review instead of guessed.
 */
import type { Actor } from '../content/model.ts';
import type { Confidence, Inferred } from './inferred.ts';
import { findDateMentions, findYearMentions, isoDay, weekdayOfDate, WEEKDAY_NAMES, type DateMention } from './indonesian-dates.ts';

export interface DateContext {
  /** Actors found in the text; their `description` may state years in office (`2014–2024`, `sejak 2004`). */
  actors?: Actor[];
  /** A year given by the editor (`--year`), tried before any other context. */
  year?: number;
  /** The current year, for open terms (`sejak 2004`). */
  thisYear?: number;
}

interface Resolved {
  mention: DateMention;
  year: number;
  confidence: Confidence;
  how: string;
}

/** Returns `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM+07:00` when the dateline gives a time. */
export function inferDate(text: string, context: DateContext = {}): Inferred<string> {
  const mentions = findDateMentions(text);
  if (mentions.length === 0) return { how: 'no date expression found in the text' };

  const mismatch = mentions.find((m) => m.year !== undefined && m.weekday !== undefined && weekdayOfDate(m.year, m.month, m.day) !== m.weekday);
  const consistent = mentions.filter((m) => m !== mismatch);
  const resolved = consistent.map((m) => resolveYear(m, text, context)).filter((r): r is Resolved => r !== undefined);

  // A dated line under the headline is the publication date. Otherwise the first date written with its weekday
  // (`Rabu (9/8)`), the way Indonesian news dates the event it reports; later ones are often plans, and full dates
  // without a weekday often history. Measured on IndoSum: bench/import-corpus.bench.ts.
  const dateline = resolved.find((r) => r.mention.ownLine && r.mention.year !== undefined);
  const withWeekday = resolved.filter((r) => r.mention.weekday !== undefined);
  const best = dateline ?? withWeekday[0] ?? latest(resolved.filter((r) => r.mention.year !== undefined));
  if (!best) {
    if (mismatch) {
      const actual = WEEKDAY_NAMES[weekdayOfDate(mismatch.year!, mismatch.month, mismatch.day)];
      return { how: `"${mismatch.text}": ${isoDay(mismatch.year!, mismatch.month, mismatch.day)} is a ${actual}, not the weekday written` };
    }
    const undated = consistent[0]!;
    return { how: `"${undated.text}" has no year, and the text gives none that fits${candidatesNote(undated, context)}` };
  }

  const { mention, year } = best;
  const day = isoDay(year, mention.month, mention.day);
  const value = mention.time ? `${day}T${mention.time}${mention.offset ?? '+07:00'}` : day;
  const zoneNote = mention.time && !mention.offset ? ', no zone written: WIB assumed' : '';
  return { value, how: `${dateline ? 'dateline' : mention.weekday !== undefined ? 'first date with a weekday' : 'latest full date'} "${mention.text}"${best.how}${zoneNote}`, confidence: best.confidence };
}

function latest(resolved: Resolved[]): Resolved | undefined {
  const key = (r: Resolved) => isoDay(r.year, r.mention.month, r.mention.day);
  return resolved.reduce<Resolved | undefined>((a, b) => (a === undefined || key(b) > key(a) ? b : a), undefined);
}

function resolveYear(mention: DateMention, text: string, context: DateContext): Resolved | undefined {
  if (mention.year !== undefined) {
    const checked = mention.weekday !== undefined;
    return { mention, year: mention.year, confidence: checked || mention.ownLine ? 'high' : 'low', how: checked ? ' (weekday checked)' : ' (no weekday to check)' };
  }
  const fits = (year: number) => mention.weekday === undefined || weekdayOfDate(year, mention.month, mention.day) === mention.weekday;

  if (context.year !== undefined && fits(context.year)) {
    return { mention, year: context.year, confidence: 'medium', how: ` + year ${context.year} given with --year` };
  }

  // News looks back: the article is from the latest year it mentions or the next ("Desember 2015 lalu" …
  // "Jumat (29/1)" is 2016). Older years are history (`sejak 1955`) and say nothing about when it was written.
  const latestYear = findYearMentions(text).at(-1);
  const fromText = latestYear === undefined ? [] : [latestYear, latestYear + 1].filter(fits);
  if (fromText.length === 1 && (mention.weekday !== undefined || fromText[0] === latestYear)) {
    const year = fromText[0]!;
    return {
      mention, year, confidence: 'low',
      how: ` + year ${year} from the latest year the text mentions (${latestYear})${mention.weekday !== undefined ? ', weekday checked' : ''}`,
    };
  }

  if (mention.weekday === undefined) return undefined;
  const terms = termsOfOffice(context);
  const years = yearsInAllTerms(terms).filter(fits);
  if (years.length === 1) {
    const names = terms.map((t) => `${t.actor.name} ${t.label}`).join('; ');
    return { mention, year: years[0]!, confidence: 'low', how: ` + the only year with that weekday in the terms of office of ${names}` };
  }
  return undefined;
}

function candidatesNote(mention: DateMention, context: DateContext): string {
  if (mention.weekday === undefined) return '';
  const years = yearsInAllTerms(termsOfOffice(context)).filter((y) => weekdayOfDate(y, mention.month, mention.day) === mention.weekday);
  return years.length > 0 ? ` (possible: ${years.join(', ')}; give one with --year)` : ' (give one with --year)';
}

interface Term {
  actor: Actor;
  label: string;
  ranges: Array<[number, number]>;
}

/** Terms of office stated in the descriptions of people: `2014–2024`, `(2017–2021, sejak 2025)`, `sejak 2004`. */
function termsOfOffice(context: DateContext): Term[] {
  const thisYear = context.thisYear ?? new Date().getUTCFullYear();
  const terms: Term[] = [];
  for (const actor of context.actors ?? []) {
    if (actor.kind !== 'person' || !actor.description) continue;
    const matches = [...actor.description.matchAll(/(\d{4})\s*[–—-]\s*(\d{4})|sejak\s+(\d{4})/g)];
    const ranges = matches.map((m): [number, number] => (m[3] ? [Number(m[3]), thisYear] : [Number(m[1]), Number(m[2])]));
    if (ranges.length > 0) terms.push({ actor, ranges, label: `(${matches.map((m) => m[0]).join(', ')})` });
  }
  return terms;
}

/** Years inside at least one range of every term: when all these people held office together. */
function yearsInAllTerms(terms: Term[]): number[] {
  if (terms.length === 0) return [];
  const inTerm = (term: Term, year: number) => term.ranges.some(([a, b]) => year >= a && year <= b);
  const first = terms[0]!;
  const years: number[] = [];
  for (const [a, b] of first.ranges) for (let y = a; y <= b; y++) if (terms.every((t) => inTerm(t, y))) years.push(y);
  return [...new Set(years)];
}
