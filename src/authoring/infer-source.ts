/**
 * The publisher, from where publishers sign: the byline (`Riva Dessthania Suastha | CNN Indonesia`), the dateline
 * (`Jakarta, CNN Indonesia --`, `Istanbul (ANTARA) -`), the site name around the headline, and copyright or reuse
 * footers (`Hak cipta milik Rossiyskaya Gazeta.`). Photo credits count for little: agencies sell photos to others
 * (an `ANTARA FOTO` in a CNN article). Outlets merely quoted (`seperti diberitakan Merdeka.com`) do not count.
 */
import type { Source } from '../content/model.ts';
import type { Inferred } from './inferred.ts';
import { nameMatcher } from './name-matcher.ts';
import { BYLINE, type RawLine } from './raw-article.ts';

export interface SourceResult {
  source: Inferred<string>;
  author?: string;
}

const STRONG = 3;
const WEAK = 1;
const FOOTER_RULES = new Set(['copyright', 'reuse notice', 'staff credit']);
/** `Jakarta, CNN Indonesia -- …` or `Istanbul (ANTARA) - …`: the city, then the publisher. */
const DATELINE = /^\p{Lu}[\p{L} .]{1,40}?(?:,\s*|\s*\()([^()]{2,40}?)\)?\s*(?:--|—|–|-)\s/u;
const PERSON_NAME = /^(\p{Lu}[\p{L}.'-]*)(\s+\p{Lu}[\p{L}.'-]*){1,4}$/u;

export function sourceFinder(sources: Source[]) {
  const find = nameMatcher(sources.map((source) => ({ entry: source, names: [source.name, ...source.aliases] })));
  const exactly = (text: string) => find(text).find((m) => m.start === 0 && m.end === text.length)?.entry;

  return (lines: RawLine[], siteName?: string): SourceResult => {
    const evidence = new Map<Source, { weight: number; where: string[] }>();
    const unknown: string[] = [];
    let author: string | undefined;
    const add = (source: Source | undefined, weight: number, where: string) => {
      if (!source) return;
      const entry = evidence.get(source) ?? { weight: 0, where: [] };
      entry.weight += weight;
      if (!entry.where.includes(where)) entry.where.push(where);
      evidence.set(source, entry);
    };
    const signed = (name: string, where: string) => {
      const source = exactly(name.trim());
      if (source) add(source, STRONG, where);
      else unknown.push(`${where} "${name.trim()}"`);
    };

    if (siteName) signed(siteName, 'site name in the headline');
    for (const line of lines) {
      if (line.role === 'byline') {
        const [, who, publisher] = BYLINE.exec(line.text)!;
        signed(publisher!, 'byline');
        if (PERSON_NAME.test(who!.trim())) author = who!.trim();
      } else if (line.role === 'chrome' && FOOTER_RULES.has(line.rule ?? '')) {
        for (const m of find(line.text)) add(m.entry, STRONG, `${line.rule} footer ("${m.form}")`);
      } else if (line.credit || line.role === 'credit') {
        for (const m of find(line.credit ?? line.text)) add(m.entry, WEAK, 'photo credit');
      }
    }
    const firstParagraph = lines.find((l) => l.role === 'body');
    const dateline = firstParagraph && DATELINE.exec(firstParagraph.text);
    if (dateline) {
      const source = exactly(dateline[1]!.trim());
      if (source) add(source, STRONG, 'dateline');
    }

    const ranked = [...evidence].sort((a, b) => b[1].weight - a[1].weight);
    const [best, runnerUp] = ranked;
    const result = (source: Inferred<string>): SourceResult => (author ? { source, author } : { source });
    if (best && best[1].weight >= STRONG) {
      const contested = runnerUp ? `; also ${runnerUp[0].name} (${runnerUp[1].where.join(', ')})` : '';
      return result({ value: best[0].name, how: `${best[1].where.join(', ')}${contested}`, confidence: runnerUp && runnerUp[1].weight >= STRONG ? 'medium' : 'high' });
    }
    if (unknown.length > 0) {
      return result({ how: `publisher not in content/registry/sources.yaml: ${unknown.join(', ')}` });
    }
    if (best) return result({ value: best[0].name, how: `only ${best[1].where.join(', ')}`, confidence: 'low' });
    return result({ how: 'no byline, dateline or footer names a publisher' });
  };
}
