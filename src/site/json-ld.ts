/** schema.org `NewsArticle` for each article page, serialised so it cannot break out of its `<script>`. */
import type { Actor, Article } from '../content/model.ts';
import { pageImage } from './article-image.ts';
import { absoluteUrl, safeHttpUrl } from './safe-url.ts';
import type { SiteSettings } from './settings.ts';

const ACTOR_TYPES: Record<Actor['kind'], string> = {
  person: 'Person',
  country: 'Country',
  organisation: 'Organization',
};

export function articleJsonLd(article: Article, settings: SiteSettings): Record<string, unknown> {
  const url = absoluteUrl(settings, article.url);
  const { source } = article;
  const image = article.image && pageImage(article.image, settings);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt,
    url,
    mainEntityOfPage: url,
    inLanguage: article.language,
    datePublished: article.date.iso,
    dateModified: (article.updated ?? article.date).iso,
    wordCount: article.wordCount,
    ...(image ? { image: { '@type': 'ImageObject', url: image.absoluteUrl, caption: image.alt, ...(image.width ? { width: image.width, height: image.height } : {}), ...(image.credit ? { creditText: image.credit } : {}) } } : {}),
    publisher: {
      '@type': 'Organization',
      name: source.source.name,
      ...(safeHttpUrl(source.source.homepage) ? { url: safeHttpUrl(source.source.homepage) } : {}),
    },
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    ...(safeHttpUrl(source.url) ? { isBasedOn: safeHttpUrl(source.url) } : {}),
    about: article.topics.map((topic) => ({ '@type': 'Thing', name: topic.label.id, url: absoluteUrl(settings, topic.url) })),
    mentions: article.actors.map((actor) => ({
      '@type': ACTOR_TYPES[actor.kind],
      name: actor.name,
      url: absoluteUrl(settings, actor.url),
    })),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&`
 * become \u escapes (so `</script>` and `<!--` never appear), as do the
 * line separators JavaScript parsers reject.
 */
export function serialiseJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
