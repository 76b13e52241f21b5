/**
 * Actors named in the text, by the registry's names and aliases. Publishers' names are masked first so the
 * `Indonesia` in `CNN Indonesia` is not an actor, and an organisation only ever mentioned as a place
 * (`di Kemenlu RI`: where a press conference was held) is reported but left out.
 */
import type { Actor, Source } from '../content/model.ts';
import type { Inferred } from './inferred.ts';
import { nameMatcher, type NameMatch } from './name-matcher.ts';

export interface ActorFinding {
  actor: Actor;
  mentions: number;
  /** Distinct spellings found, e.g. `Lavrov`, `Menteri Luar Negeri Rusia`. */
  forms: string[];
  /** Every mention reads `di <organisation>`. */
  onlyAsPlace: boolean;
}

export function actorFinder(actors: Actor[], sources: Source[]) {
  const findActors = nameMatcher(actors.map((actor) => ({ entry: actor, names: [actor.name, ...actor.aliases] })));
  const findSources = nameMatcher(sources.map((source) => ({ entry: source, names: [source.name, ...source.aliases] })));

  return (text: string): { inferred: Inferred<string[]>; findings: ActorFinding[] } => {
    const publisherSpans = findSources(text).map((m): [number, number] => [m.start, m.end]);
    const byActor = new Map<Actor, Array<NameMatch<Actor>>>();
    for (const match of findActors(text, publisherSpans)) byActor.set(match.entry, [...(byActor.get(match.entry) ?? []), match]);

    // Registry order: people, then countries, then organisations, as editors list them.
    const ordered = [...byActor].sort(([a], [b]) => actors.indexOf(a) - actors.indexOf(b));
    const findings = ordered.map(([actor, matches]) => ({
      actor,
      mentions: matches.length,
      forms: [...new Set(matches.map((m) => m.form.replace(/\s+/g, ' ')))],
      onlyAsPlace: actor.kind === 'organisation' && matches.every((m) => /(?:^|\s)di\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))),
    }));
    const kept = findings.filter((f) => !f.onlyAsPlace);
    const left = findings.filter((f) => f.onlyAsPlace);
    const describe = (f: ActorFinding) => `${f.actor.name} ×${f.mentions}${f.forms.some((x) => x !== f.actor.name) ? ` (${f.forms.join(', ')})` : ''}`;
    const how = [
      kept.length > 0 ? `registry names in the text: ${kept.map(describe).join('; ')}` : 'no registry name found in the text',
      ...(left.length > 0 ? [`left out, only named as a place: ${left.map(describe).join('; ')}`] : []),
    ].join('. ');
    return {
      findings,
      inferred: kept.length > 0 ? { value: kept.map((f) => f.actor.name), how, confidence: 'medium' } : { value: [], how },
    };
  };
}
