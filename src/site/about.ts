/** The about page: the archive's own words from site.yaml, its sources, and the licences of what it publishes. */
import type { DataLicence, SiteSettings } from './settings.ts';

/**
 * Data every build publishes whatever the content: the search payload carries the dictionary roots its articles'
 * words reach, from Sastrawi's `kata-dasar` list, which is Kateglo's word list (CC BY-NC-SA 3.0).
 */
export const BUNDLED_DATA: DataLicence[] = [
  {
    name: 'Daftar kata dasar Kateglo (sebagian, dalam indeks pencarian search/head.json)',
    licence: 'CC BY-NC-SA 3.0',
    url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/',
    origin: 'Kateglo (kateglo.com), melalui kamus kata dasar Sastrawi',
  },
];

export interface AboutPage {
  /** Plain-text paragraphs (blank lines separate them in site.yaml). */
  paragraphs: string[];
  licences: DataLicence[];
}

export function aboutPage(settings: SiteSettings): AboutPage {
  const paragraphs = [settings.description, ...settings.about.text.split(/\n\s*\n/)].map((text) => text.trim()).filter(Boolean);
  return { paragraphs, licences: [...BUNDLED_DATA, ...settings.about.licences] };
}
