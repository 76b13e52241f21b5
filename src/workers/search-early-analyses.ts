/**
 * Body fields analysed before the archive is complete. While loading, the loader hands the search worker each batch
 * of bodies it has just rendered, and the worker analyses them on the core the loading leaves idle (otherwise the
 * index was the last part of a cold build to finish; docs/performance.md). The index then
 * takes each article's analysis from here instead of making it again. Analyses are kept by article id, not by text:
 * both come from the same load, and a second copy of every text would cost memory until its shard is built.
 */
import type { FreshText } from '../content/load.ts';
import { articleTermsAnalyser } from '../search/article-terms.ts';
import { loadFullDictionary, rootRecordingStemmer } from '../search/dictionary.ts';
import { PackedTerms } from '../search/packed-terms.ts';

type BodyFields = Pick<FreshText, 'id' | 'summary' | 'text'>;

/** Of the fields analysed: enough to notice an article that is not the one analysed under its id. */
const sizeOf = (article: BodyFields) => `${article.summary?.length ?? -1}:${article.text.length}`;

export class EarlyAnalyses {
  /** Each analysis packed (packed-terms.ts): held until the index takes it, which at 100,000 articles is long. */
  readonly packed = new PackedTerms();
  private readonly byId = new Map<string, { size: string; offset: number }>();
  private analyser: ((article: BodyFields) => number) | undefined;

  /** How many analyses wait for their article. */
  get waiting(): number {
    return this.byId.size;
  }

  add(texts: readonly FreshText[]): void {
    for (const text of texts) this.byId.set(text.id, { size: sizeOf(text), offset: this.analyse(text) });
  }

  /**
   * The offset in `into` of the article's analysis, copied there unless `into` is `packed`: the early one, handed out
   * once, else one made now. The same analyser makes both, as a second one would hold a second copy of its caches
   * (every distinct word of the archive).
   */
  of(article: BodyFields, into: PackedTerms): number {
    const found = this.byId.get(article.id);
    this.byId.delete(article.id);
    const offset = found?.size === sizeOf(article) ? found.offset : this.analyse(article);
    return into === this.packed ? offset : into.copy(this.packed.view(), offset);
  }

  /** Analyses the article into the early pack: its offset there. */
  private analyse(article: BodyFields): number {
    this.analyser ??= articleTermsAnalyser(rootRecordingStemmer(loadFullDictionary()), this.packed);
    return this.analyser(article);
  }
}
