/**
 * The fields of the search index, one logical Lunr index over every article, with their boosts. The named entities
 * (actors with their aliases, topic labels, the source with its aliases) are fields of each article, so a name that
 * matches brings its articles with Lunr's own scoring. Names keep their stopwords: the news agency ANTARA must stay
 * findable although `antara` ("between") is one. Titles keep them too, short as they are: a reader who remembers a
 * headline's words finds it by them ("tidak ingin"); in bodies they would make the largest postings of all.
 */
import type { Actor, Article, Source, Topic } from '../content/model.ts';

export interface FieldSpec<T> {
  name: string;
  boost: number;
  extract: (item: T) => string;
  /** Analysed keeping stopwords (names). */
  keepStopwords?: boolean;
}

/** What the index reads of an article: its own text, with its entities resolved. */
export interface IndexedArticle extends Pick<Article, 'title' | 'summary' | 'text'> {
  actors: Array<Pick<Actor, 'name' | 'aliases'>>;
  topics: Array<Pick<Topic, 'label'>>;
  source: Pick<Source, 'name' | 'aliases'> | undefined;
}

const lines = (values: string[]) => values.join(' \n ');

/** The fields whose analysis is cached per article (article-terms.ts): the long ones. */
export const BODY_FIELDS: ReadonlyArray<FieldSpec<Pick<Article, 'summary' | 'text'>>> = [
  { name: 'summary', boost: 3, extract: (a) => a.summary ?? '' },
  { name: 'body', boost: 1, extract: (a) => a.text },
];

export const ARTICLE_FIELDS: ReadonlyArray<FieldSpec<IndexedArticle>> = [
  { name: 'title', boost: 10, extract: (a) => a.title, keepStopwords: true },
  ...BODY_FIELDS,
  { name: 'actors', boost: 5, extract: (a) => lines(a.actors.flatMap((actor) => [actor.name, ...actor.aliases])), keepStopwords: true },
  { name: 'topics', boost: 3, extract: (a) => lines(a.topics.flatMap((topic) => [topic.label.id, topic.label.en])), keepStopwords: true },
  { name: 'source', boost: 1, extract: (a) => (a.source ? lines([a.source.name, ...a.source.aliases]) : ''), keepStopwords: true },
];
