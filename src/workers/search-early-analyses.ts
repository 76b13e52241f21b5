/**
 * Body fields analysed before the archive is complete. While loading, the loader hands the search worker each batch
 * of bodies it has just rendered, and the worker analyses them on the core the loading leaves idle (otherwise the
 * index was the last part of a cold build to finish; docs/performance.md). The index then
 * takes each article's analysis from here instead of making it again. Analyses are kept by article id, not by text:
 * both come from the same load, and a second copy of every text would cost memory until its shard is built.
 */
import type { FreshText } from '../content/load.ts';
import { articleTermsAnalyser, type ArticleTerms } from '../search/article-terms.ts';
import { loadFullDictionary, rootRecordingStemmer } from '../search/dictionary.ts';
import { PackedTerms, unpackTerms } from '../search/packed-terms.ts';

type BodyFields = Pick<FreshText, 'id' | 'summary' | 'text'>;

/** Of the fields analysed: enough to notice an article that is not the one analysed under its id. */
const sizeOf = (article: BodyFields) => `${article.summary?.length ?? -1}:${article.text.length}`;

export class EarlyAnalyses {
  /** Each analysis packed (packed-terms.ts): held until the index takes it, which at 100,000 articles is long. */
  private readonly packed = new PackedTerms();
  private readonly tuples: Array<[string, string] | undefined> = [];
  private readonly byId = new Map<string, { size: string; offset: number }>();
  private analyser: ((article: BodyFields) => ArticleTerms) | undefined;

  /** How many analyses wait for their article. */
  get waiting(): number {
    return this.byId.size;
  }

  add(texts: readonly FreshText[]): void {
    for (const text of texts) this.byId.set(text.id, { size: sizeOf(text), offset: this.packed.pack(this.analyse(text)) });
  }

  /**
   * The article's analysis: the early one, handed out once, else one made now. The same analyser makes both, as a
   * second one would hold a second copy of its caches (every distinct word of the archive).
   */
  of(article: BodyFields): ArticleTerms {
    const found = this.byId.get(article.id);
    this.byId.delete(article.id);
    return found?.size === sizeOf(article) ? unpackTerms(this.packed.view(), found.offset, this.tuples) : this.analyse(article);
  }

  private analyse(article: BodyFields): ArticleTerms {
    this.analyser ??= articleTermsAnalyser(rootRecordingStemmer(loadFullDictionary()));
    return this.analyser(article);
  }
}
