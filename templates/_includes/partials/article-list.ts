/** Article teasers and term links with counts, shared by the home, index and listing pages. */
import type { Article } from '../../../src/content/model.ts';
import type { TermCount } from '../../../src/site/counts.ts';
import { formatArticleDate } from '../../../src/site/format-date.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { UiStrings } from '../../../src/site/i18n.ts';
import type { SiteModel } from '../../../src/site/site-model.ts';

/** Teasers with h3 headings, under a section's h2. */
export function articleList(articles: readonly Article[], site: SiteModel): Html {
  if (!articles.length) return html`<p>${site.strings.noArticles}</p>`;
  return html`<ol class="article-list">
  ${articles.map(
    (article) => html`<li class="teaser">
    <h3 class="teaser__title" lang="${article.language}"><a href="${article.url}">${article.title}</a></h3>
    <p class="teaser__meta"><time datetime="${article.date.iso}">${formatArticleDate(article.date, site.settings.language)}</time> · ${article.source.source.name}</p>
    <p class="teaser__excerpt" lang="${article.language}">${article.excerpt}</p>
  </li>
  `,
  )}
</ol>`;
}

/** Links to topics, actors or sources, each with its number of articles. */
export function termCounts(terms: readonly (TermCount & { url: string })[], strings: UiStrings, className = 'term-counts'): Html {
  return html`<ul class="${className}">
  ${terms.map(
    (term) => html`<li><a href="${term.url}">${term.name}</a> <span class="count">${term.count}<span class="visually-hidden"> ${strings.articles}</span></span></li>
  `,
  )}
</ul>`;
}
