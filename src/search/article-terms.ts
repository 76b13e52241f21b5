/**
 * The body fields of articles analysed one article at a time, each with the dictionary roots its own words reached,
 * so that an article's analysis can be cached and a body shard rebuilt from its articles' cached analyses (shard-
 * cache.ts): adding an article as old as the oldest moves every article to the next position, and so changes every
 * shard, but no article's text.
 */
import { createTokenAnalyzer } from './analyzer.ts';
import type { ShardArticle } from './body-shard.ts';
import type { FieldTerms } from './compact-index.ts';
import type { SectionStemmer } from './dictionary.ts';
import { BODY_FIELDS } from './fields.ts';
import { normaliseToken, rawWords } from './tokenizer.ts';

export interface ArticleTerms {
  /** As BODY_FIELDS. */
  fields: FieldTerms[];
  /** The roots the article's words reach (the head's dictionary needs them; see dictionary.ts). */
  roots: string[];
}

/**
 * One distinct term, with its count in the field being analysed. Counting on the term's own object, found through
 * the word, spares a second map lookup per word (three million at 10,000 articles) to count terms by their text.
 */
interface TermSlot {
  term: string;
  count: number;
  /** The field (numbered across the build) it was last counted in. */
  field: number;
}

/** What a token analyses to, the roots it reached, and the last article that was given them. */
interface TokenEntry {
  terms: TermSlot[];
  roots: string[];
  article: number;
}

/**
 * An analyser with `createAnalyzer`'s terms, for one build. Its caches are per word and per token, as there, but each
 * token is stemmed once through a token analyser of its own, whose roots are kept with it: a token analyser shared by
 * all tokens would not stem a token again (nor report its roots) for a later article.
 */
export function articleTermsAnalyser(stemInto: SectionStemmer): (article: Pick<ShardArticle, 'summary' | 'text'>) => ArticleTerms {
  const reached = new Set<string>();
  const stem = stemInto(reached);
  const byToken = new Map<string, TokenEntry>();
  const byWord = new Map<string, TokenEntry>();
  const slots = new Map<string, TermSlot>();
  const slotOf = (term: string): TermSlot => {
    let slot = slots.get(term);
    if (!slot) slots.set(term, (slot = { term, count: 0, field: -1 }));
    return slot;
  };
  const none: TokenEntry = { terms: [], roots: [], article: -1 };
  let article = 0;
  let field = 0;

  const entryOf = (word: string): TokenEntry => {
    let entry = byWord.get(word);
    if (!entry) {
      const token = normaliseToken(word);
      entry = token ? byToken.get(token) : none;
      if (!entry) {
        reached.clear();
        const terms = createTokenAnalyzer(stem)(token).map(slotOf);
        byToken.set(token, (entry = { terms, roots: [...reached], article: -1 }));
      }
      byWord.set(word, entry);
    }
    return entry;
  };

  return (item) => {
    article++;
    const roots = new Set<string>();
    const fields = BODY_FIELDS.map((spec): FieldTerms => {
      field++;
      // Distinct terms in order of first occurrence, as counting them in a Map would list them.
      const counted: TermSlot[] = [];
      let length = 0;
      for (const word of rawWords(spec.extract(item))) {
        const entry = entryOf(word);
        for (const slot of entry.terms) {
          if (slot.field !== field) {
            slot.field = field;
            slot.count = 0;
            counted.push(slot);
          }
          slot.count++;
        }
        length += entry.terms.length;
        if (entry.article !== article) {
          entry.article = article;
          for (const root of entry.roots) roots.add(root);
        }
      }
      return { length, terms: counted.map((slot) => slot.term), counts: counted.map((slot) => slot.count) };
    });
    return { fields, roots: [...roots] };
  };
}
