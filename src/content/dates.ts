import type { ArticleDate } from './model.ts';

/** Western Indonesian Time: the zone of a date or time written without one. */
export const DEFAULT_UTC_OFFSET = '+07:00';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT))?)?$/;
const ZONES: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00', Z: '+00:00' };

export type DateParse = { ok: true; value: ArticleDate } | { ok: false; message: string };

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM-DD[T ]HH:MM[:SS][zone]` (zone: Z, ±HH:MM, WIB, WITA, WIT; WIB when absent).
 * The calendar day is kept as written, so a date never shifts when shown elsewhere.
 */
export function parseArticleDate(input: string): DateParse {
  const m = DATE_RE.exec(input.trim());
  if (!m) return { ok: false, message: `"${input}" is not an ISO date` };
  const [, y, mo, d, hh, mm, ss, zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, message: `${y}-${mo}-${d} does not exist` };
  }
  const dayIso = `${y}-${mo}-${d}`;
  if (hh === undefined) {
    return {
      ok: true,
      value: { iso: dayIso, day: dayIso, year, month, hasTime: false, timestamp: Date.parse(`${dayIso}T00:00:00${DEFAULT_UTC_OFFSET}`) },
    };
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return { ok: false, message: `${hh}:${mm} is not a time of day` };
  const offset = normaliseOffset(zone);
  if (!offset) return { ok: false, message: `"${zone}" is not a time zone offset` };
  const iso = `${dayIso}T${hh}:${mm}:${ss ?? '00'}${offset}`;
  return { ok: true, value: { iso, day: dayIso, year, month, hasTime: true, timestamp: Date.parse(iso) } };
}

function normaliseOffset(zone: string | undefined): string | undefined {
  if (zone === undefined) return DEFAULT_UTC_OFFSET;
  const named = ZONES[zone];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m || Number(m[2]) > 14 || Number(m[3]) > 59) return undefined;
  return `${m[1]}${m[2]}:${m[3]}`;
}
