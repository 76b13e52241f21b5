/**
 * Dates for display in the interface language. Always formatted from the
 * article's own calendar day at UTC, so no reader's zone shifts it by a day.
 */
import type { ArticleDate } from '../content/model.ts';
import type { UiLanguage } from './settings.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

function utcOfDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

const formattedDays = new Map<string, string>();

/**
 * `2017-08-09` → `9 Agustus 2017` / `August 9, 2017`. Remembered per day: a build shows each date on many pages,
 * with a few hundred distinct days, and `Intl` formatting is not cheap (docs/performance.md).
 */
export function formatDay(day: string, language: UiLanguage): string {
  const key = `${language}:${day}`;
  let formatted = formattedDays.get(key);
  if (formatted === undefined) {
    formatted = formatter(language, { dateStyle: 'long' }).format(utcOfDay(day));
    formattedDays.set(key, formatted);
  }
  return formatted;
}

export function formatArticleDate(date: ArticleDate, language: UiLanguage): string {
  return formatDay(date.day, language);
}

/** (2017, 8) → `Agustus 2017`. */
export function formatMonth(year: number, month: number, language: UiLanguage): string {
  return formatter(language, { month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 1));
}

/** (2017, 8) → `Agu` — for chart axes. */
export function formatShortMonth(month: number, language: UiLanguage): string {
  return formatter(language, { month: 'short' }).format(Date.UTC(2000, month - 1, 1));
}

/** RFC 3339 instant for feeds (date-only values start at 00:00 in the article's zone, as `timestamp` says). */
export function rfc3339(date: ArticleDate): string {
  return new Date(date.timestamp).toISOString();
}

/** `2017-08` — the month key used for anchors. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
