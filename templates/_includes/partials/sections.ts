/** The site's sections, in one list for the header navigation and the 404 page. */
import type { UiStrings } from '../../../src/site/i18n.ts';
import type { TermKind } from '../../../src/site/term-pages.ts';

export type Section = 'home' | TermKind | 'timeline' | 'search' | 'about';

export function sections(strings: UiStrings): { section: Section; url: string; label: string }[] {
  return [
    { section: 'topic', url: '/topik/', label: strings.topics },
    { section: 'actor', url: '/aktor/', label: strings.actors },
    { section: 'source', url: '/sumber/', label: strings.sources },
    { section: 'timeline', url: '/linimasa/', label: strings.timeline },
  ];
}
