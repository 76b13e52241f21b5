/**
 * Actors named in the text, by the registry's names and aliases. Publishers' names are masked first so the
 * `Indonesia` in `CNN Indonesia` is not an actor, and an organisation only ever mentioned as a place
 * (`di Kemenlu RI`: where a press conference was held) is reported but left out.
 *
 * The title of an office (`Duta Besar Rusia untuk Indonesia`, from the registry's `roles`) names whoever held it in the
 * text's year, and nobody when no year is known or the registry has nobody in office then. A title followed by a
 * person's name names that person: one missing from the registry is reported as an unknown name to add.
 */
import type { Actor, Role, Source } from '../content/model.ts';
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

/** A person named right after an office's title, who is not in the registry. */
export interface UnknownName {
  name: string;
  title: string;
}

type Named = { actor: Actor } | { office: Array<{ actor: Actor; role: Role }> };

/** Two to four capitalised words: a person's name as news writes it after a title (`Lyudmila Vorobieva`). */
const PERSON_AFTER_TITLE = /^[\s,]+((?:\p{Lu}[\p{L}'’.-]+)(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})/u;

export function actorFinder(actors: Actor[], sources: Source[]) {
  const offices = new Map<string, Array<{ actor: Actor; role: Role }>>();
  for (const actor of actors) {
    for (const role of actor.roles ?? []) {
      for (const title of [role.title, ...role.aliases]) offices.set(title, [...(offices.get(title) ?? []), { actor, role }]);
    }
  }
  const findNames = nameMatcher<Named>([
    ...actors.map((actor) => ({ entry: { actor }, names: [actor.name, ...actor.aliases] })),
    ...[...offices].map(([title, office]) => ({ entry: { office }, names: [title] })),
  ]);
  const findSources = nameMatcher(sources.map((source) => ({ entry: source, names: [source.name, ...source.aliases] })));

  /** `year`: of the text's date, when known; offices name nobody without it. */
  return (text: string, year?: number): { inferred: Inferred<string[]>; findings: ActorFinding[]; unknownNames: UnknownName[] } => {
    const publisherSpans = findSources(text).map((m): [number, number] => [m.start, m.end]);
    const matches = findNames(text, publisherSpans);
    const byActor = new Map<Actor, Array<NameMatch<Named>>>();
    const unknownNames: UnknownName[] = [];
    const vacant = new Set<string>();
    for (const [i, match] of matches.entries()) {
      const named = match.entry;
      if ('actor' in named) {
        byActor.set(named.actor, [...(byActor.get(named.actor) ?? []), match]);
        continue;
      }
      // `Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva`: the name after the title says who, known or not.
      const after = PERSON_AFTER_TITLE.exec(text.slice(match.end));
      const next = matches[i + 1];
      if (next && 'actor' in next.entry && /^[\s,]*$/.test(text.slice(match.end, next.start))) continue;
      if (after) {
        if (!unknownNames.some((u) => u.name === after[1])) unknownNames.push({ name: after[1]!, title: match.form });
        continue;
      }
      const holders = year === undefined ? [] : [...new Set(named.office.filter(({ role }) => year >= role.from && (role.to === undefined || year <= role.to)).map((o) => o.actor))];
      if (holders.length === 1) byActor.set(holders[0]!, [...(byActor.get(holders[0]!) ?? []), match]);
      else vacant.add(`${match.form} (${year === undefined ? 'no date to tell who held it' : holders.length === 0 ? `nobody in the registry held it in ${year}` : `several held it in ${year}`})`);
    }

    // Registry order: people, then countries, then organisations, as editors list them.
    const ordered = [...byActor].sort(([a], [b]) => actors.indexOf(a) - actors.indexOf(b));
    const findings = ordered.map(([actor, found]) => ({
      actor,
      mentions: found.length,
      forms: [...new Set(found.map((m) => m.form.replace(/\s+/g, ' ')))],
      onlyAsPlace: actor.kind === 'organisation' && found.every((m) => /(?:^|\s)di\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))),
    }));
    const kept = findings.filter((f) => !f.onlyAsPlace);
    const left = findings.filter((f) => f.onlyAsPlace);
    const describe = (f: ActorFinding) => `${f.actor.name} ×${f.mentions}${f.forms.some((x) => x !== f.actor.name) ? ` (${f.forms.join(', ')})` : ''}`;
    const how = [
      kept.length > 0 ? `registry names in the text: ${kept.map(describe).join('; ')}` : 'no registry name found in the text',
      ...(left.length > 0 ? [`left out, only named as a place: ${left.map(describe).join('; ')}`] : []),
      ...(vacant.size > 0 ? [`offices left out: ${[...vacant].join('; ')}`] : []),
      ...(unknownNames.length > 0 ? [`names not in the registry (add them to content/registry/actors.yaml): ${unknownNames.map((u) => `${u.name} (${u.title})`).join('; ')}`] : []),
    ].join('. ');
    return {
      findings,
      unknownNames,
      inferred: kept.length > 0 ? { value: kept.map((f) => f.actor.name), how, confidence: 'medium' } : { value: [], how },
    };
  };
}
