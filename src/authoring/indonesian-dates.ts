/**
 * Finds Indonesian date expressions in raw news text:
 *   `Selasa, 31 Jan 2017 14:44 WIB`, `31 Januari 2017`, `Rabu (9/8)`, `Kamis (10/7/2025)`, `Rabu 9/8/2017`,
 * plus the years the text mentions (`Desember 2015`, `© ANTARA 2025`) that give a year to dates written without one.
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, oct: 10,
  november: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12,
};

/** 0 = Sunday, as `Date.getUTCDay()`. */
const WEEKDAYS: Record<string, number> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, 'jum’at': 5, sabtu: 6,
};
export const WEEKDAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const ZONES: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/** One date written in the text; `year` is missing for `Rabu (9/8)`. */
export interface DateMention {
  /** The words as written, for the review table. */
  text: string;
  /** Offset in the searched text. */
  index: number;
  day: number;
  month: number;
  year?: number;
  /** 0–6 when a weekday is written next to the date. */
  weekday?: number;
  /** `HH:MM` when a time of day is written. */
  time?: string;
  /** UTC offset of a written zone (`WIB` → `+07:00`). */
  offset?: string;
  /** The mention fills a line on its own, as a dateline under a headline does. */
  ownLine: boolean;
}

const WEEKDAY = `(Minggu|Ahad|Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu)`;
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** `[Selasa, ]31 Jan[uari] 2017[, ][14:44[ WIB]]` */
const WRITTEN = new RegExp(
  `${NOT_WORD_BEFORE}(?:${WEEKDAY},?\\s+)?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})(?:,?\\s+(?:pukul\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*(WIB|WITA|WIT)${NOT_WORD_AFTER})?)?${NOT_WORD_AFTER}`,
  'giu',
);
/** `Rabu (9/8)`, `Kamis (10/7/2025)`, `Rabu 9/8/2017`, `9/8/2017`. A bare `9/8` is too ambiguous to count. */
const NUMERIC = new RegExp(
  `${NOT_WORD_BEFORE}(?:${WEEKDAY}\\s*(?:\\(\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\s*\\)|,?\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4}))|(\\d{1,2})/(\\d{1,2})/(\\d{4}))${NOT_WORD_AFTER}`,
  'giu',
);
/** Years the text mentions: `Desember 2015`, `tahun 2016`, `© ANTARA 2025`, `pada 2012`. */
const YEAR = /(?<![\p{L}\p{N}.,:-])(19[5-9]\d|20\d\d)(?![\p{L}\p{N}/:-]|[.,]\d)/gu;

const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const weekdayOf = (name: string | undefined) =>
  name === undefined ? undefined : WEEKDAYS[name.toLowerCase().replace(/['’]/g, "'")] ?? WEEKDAYS[name.toLowerCase().replace(/['’]/g, '')];

function isOwnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd === -1 ? undefined : lineEnd).trim() === '';
}

/** Every date expression in `text`, in reading order. Impossible dates (31/2) are left out. */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const [whole, weekday, day, month, year, hh, mm, zone] = m;
    const mention: DateMention = {
      text: whole.replace(/\s+/g, ' '), index: m.index, day: Number(day), month: MONTHS[month!.toLowerCase()]!, year: Number(year),
      ownLine: isOwnLine(text, m.index, m.index + whole.length),
    };
    const wd = weekdayOf(weekday);
    if (wd !== undefined) mention.weekday = wd;
    if (hh !== undefined && Number(hh) < 24 && Number(mm) < 60) {
      mention.time = `${hh.padStart(2, '0')}:${mm}`;
      if (zone) mention.offset = ZONES[zone.toUpperCase()]!;
    }
    mentions.push(mention);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [whole, weekday, pd, pm, py, sd, sm, sy, bd, bm, by] = m;
    const day = num(pd ?? sd ?? bd)!, month = num(pm ?? sm ?? bm)!;
    let year = num(py ?? sy ?? by);
    if (year !== undefined && year < 100) year += 2000;
    const mention: DateMention = { text: whole.replace(/\s+/g, ' '), index: m.index, day, month, ownLine: isOwnLine(text, m.index, m.index + whole.length) };
    if (year !== undefined) mention.year = year;
    const wd = weekdayOf(weekday);
    if (wd !== undefined) mention.weekday = wd;
    mentions.push(mention);
  }
  return mentions
    .filter((m) => m.month >= 1 && m.month <= 12 && m.day >= 1 && m.day <= 31 && (m.year === undefined || exists(m.year, m.month, m.day)))
    .sort((a, b) => a.index - b.index);
}

/** Distinct years mentioned anywhere in the text, including those inside full dates. */
export function findYearMentions(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))].sort();
}

export function exists(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function weekdayOfDate(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
