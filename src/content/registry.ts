import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Actor, Role, Source, Topic } from './model.ts';
import type { ContentError } from './errors.ts';
import { registryFiles } from './schema.ts';
import { readYamlData } from './data-file.ts';
import { closestNames, nameKey } from './suggest.ts';
import { slugify } from './slug.ts';

/** The canonical actors, topics and sources, with lookups from any alias to its entry. */
export interface Registry {
  actors: Actor[];
  topics: Topic[];
  sources: Source[];
  actor(name: string): Actor | undefined;
  /** The actor of a name or alias, or else the one person who held the office of that title in `year`. */
  actorAt(name: string, year: number): Actor | undefined;
  /** Who held an office of this title (or one of its aliases) in `year`; undefined when no role has that title. */
  holders(title: string, year: number): Actor[] | undefined;
  topic(idOrLabel: string): Topic | undefined;
  source(name: string): Source | undefined;
  /** Closest known names, for hints. */
  suggest(kind: 'actor' | 'topic' | 'source', name: string): string[];
}

export const REGISTRY_DIR = 'registry';

/** Loads `content/registry/{actors,topics,sources}.yaml`. */
export async function loadRegistry(contentDir: string): Promise<{ registry: Registry; errors: ContentError[] }> {
  const errors: ContentError[] = [];
  // The files are opened without following links; the folder holding them must not be one either.
  const folder = join(contentDir, REGISTRY_DIR);
  const folderIsLink = lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  if (folderIsLink) errors.push({ file: folder, line: 1, message: 'symbolic links are not followed', hint: 'put the registry folder itself in the content folder' });
  const read = <T>(kind: keyof typeof registryFiles, schema: z.ZodType<T[]>): T[] => {
    if (folderIsLink) return [];
    const file = join(folder, `${kind}.yaml`);
    const data = readYamlData(file, schema, []);
    if (data.missing) errors.push({ file, line: 1, message: `missing registry file`, hint: `create ${kind}.yaml with a YAML list` });
    errors.push(...data.errors);
    return data.value ?? [];
  };

  const [actorEntries, topicEntries, sourceEntries] = [
    read('actors', registryFiles.actors),
    read('topics', registryFiles.topics),
    read('sources', registryFiles.sources),
  ];
  const actors = actorEntries.map<Actor>((a) => ({ ...a, id: slugify(a.name), url: `/aktor/${slugify(a.name)}/` }));
  const topics = topicEntries.map<Topic>((t) => ({ ...t, url: `/topik/${t.id}/` }));
  const sources = sourceEntries.map<Source>((s) => ({ ...s, id: slugify(s.name), url: `/sumber/${slugify(s.name)}/` }));

  const actorIndex = indexByName(actors, (a) => [a.name, ...a.aliases], join(contentDir, REGISTRY_DIR, 'actors.yaml'), errors);
  const topicIndex = indexByName(topics, (t) => [t.id, t.label.en, t.label.id], join(contentDir, REGISTRY_DIR, 'topics.yaml'), errors);
  const sourceIndex = indexByName(sources, (s) => [s.name, ...s.aliases], join(contentDir, REGISTRY_DIR, 'sources.yaml'), errors);
  const names = { actor: actorIndex, topic: topicIndex, source: sourceIndex };
  const roles = roleIndex(actors);

  return {
    errors,
    registry: {
      actors,
      topics,
      sources,
      actor: remembered((name) => actorIndex.get(nameKey(name))?.entry),
      actorAt: (name, year) => actorIndex.get(nameKey(name))?.entry ?? singleHolder(roles.holders(name, year)),
      holders: roles.holders,
      topic: remembered((name) => topicIndex.get(nameKey(name))?.entry),
      source: remembered((name) => sourceIndex.get(nameKey(name))?.entry),
      suggest: (kind, name) => closestNames(name, [...names[kind].values()].map((v) => v.display)),
    },
  };
}

/** Offices by folded title: who held each, and when. */
function roleIndex(actors: Actor[]) {
  const byTitle = new Map<string, Array<{ actor: Actor; role: Role }>>();
  for (const actor of actors) {
    for (const role of actor.roles ?? []) {
      for (const title of [role.title, ...role.aliases]) {
        const key = nameKey(title);
        byTitle.set(key, [...(byTitle.get(key) ?? []), { actor, role }]);
      }
    }
  }
  return {
    holders: (title: string, year: number): Actor[] | undefined => {
      const terms = byTitle.get(nameKey(title));
      if (!terms) return undefined;
      return [...new Set(terms.filter(({ role }) => year >= role.from && (role.to === undefined || year <= role.to)).map((t) => t.actor))];
    },
  };
}

function singleHolder(holders: Actor[] | undefined): Actor | undefined {
  return holders?.length === 1 ? holders[0] : undefined;
}

/** A few hundred names recur across thousands of articles: each is folded (Unicode normalisation, four regexes) once. */
function remembered<T>(lookup: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    if (!answers.has(name)) answers.set(name, lookup(name));
    return answers.get(name)!;
  };
}

/** Maps every folded name to its entry; one name claimed by two entries is a registry error. */
function indexByName<T extends { id: string }>(
  entries: T[],
  namesOf: (entry: T) => string[],
  file: string,
  errors: ContentError[],
): Map<string, { entry: T; display: string }> {
  const index = new Map<string, { entry: T; display: string }>();
  const ids = new Set<string>();
  for (const entry of entries) {
    if (!entry.id || ids.has(entry.id)) {
      errors.push({ file, line: 1, message: `two entries share the id "${entry.id}"`, hint: 'names must differ by more than case or punctuation' });
    }
    ids.add(entry.id);
    for (const name of namesOf(entry)) {
      const key = nameKey(name);
      const owner = index.get(key);
      if (owner && owner.entry !== entry) {
        errors.push({ file, line: 1, message: `"${name}" names both "${owner.entry.id}" and "${entry.id}"`, hint: 'an alias may belong to one entry only' });
      } else if (!owner) {
        index.set(key, { entry, display: name });
      }
    }
  }
  return index;
}
