/** Interface strings the search page hands to the client (data-strings), in the site's language. */
export interface ClientStrings {
  /** BCP 47 tag for dates and plural rules. */
  locale: string;
  loading: string;
  loadError: string;
  /** `{n}` is replaced with the number of results. */
  resultsOne: string;
  resultsMany: string;
  noResults: string;
  /** `{q}` is replaced with the query. */
  fuzzyNotice: string;
  didYouMean: string;
  removeFilters: string;
  browseInstead: string;
  topicsLink: string;
  timelineLink: string;
  showMore: string;
}

const DEFAULT_STRINGS: ClientStrings = {
  locale: 'id',
  loading: 'Memuat indeks pencarian…',
  loadError: 'Indeks pencarian tidak dapat dimuat.',
  resultsOne: '{n} hasil',
  resultsMany: '{n} hasil',
  noResults: 'Tidak ada hasil.',
  fuzzyNotice: 'Tidak ada hasil persis untuk “{q}”. Hasil untuk ejaan yang mirip:',
  didYouMean: 'Maksud Anda:',
  removeFilters: 'Coba hapus filter.',
  browseInstead: 'Atau jelajahi',
  topicsLink: 'topik',
  timelineLink: 'linimasa',
  showMore: 'Tampilkan lebih banyak',
};

export function readStrings(json: string | undefined): ClientStrings {
  try {
    return { ...DEFAULT_STRINGS, ...(json ? (JSON.parse(json) as Partial<ClientStrings>) : {}) };
  } catch {
    return DEFAULT_STRINGS;
  }
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
