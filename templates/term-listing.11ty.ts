/** Every page of every topic, actor and source. */
import { html } from '../src/site/html.ts';
import { basePage } from './_includes/layouts/base.ts';
import { renderedInLayout } from './_includes/layouts/page.11ty.ts';
import { onePagePer, type PageOf } from './_includes/one-page-per.ts';
import { articleList, termCounts } from './_includes/partials/article-list.ts';
import { barChart } from './_includes/partials/chart.ts';
import { feedHeadLinks, feedLine } from './_includes/partials/feeds.ts';
import { pagination } from './_includes/partials/pagination.ts';

export const data = { ...onePagePer('listingPages', 'listing', (listing) => listing.url), ...renderedInLayout(renderPage) };

function renderPage({ site, listing }: PageOf<'listingPages', 'listing'>): string {
  const { strings } = site;
  const { term, summary, feed } = listing;
  const pageOf = listing.count > 1 ? `${strings.page} ${listing.number} ${strings.pageOf} ${listing.count}` : '';
  const head = feedHeadLinks(feed, strings);
  const content = html`
<header class="page-header">
  <p class="breadcrumb"><a href="${listing.index.url}">${listing.index.label}</a></p>
  <h1>${term.name}</h1>
  ${term.description ? html`<p class="page-header__description" lang="id">${term.description}</p>` : ''}
  <p class="page-header__meta">${summary ? `${summary.totalArticles} ${strings.articles}${pageOf ? ' · ' : ''}` : ''}${pageOf}</p>
  ${term.homepage ? html`<p><a href="${term.homepage}" rel="external noopener">${strings.homepage}</a></p>` : ''}
  ${feedLine(feed, strings)}
</header>
<div class="term-grid">
  <section class="term-grid__main" aria-labelledby="term-articles-heading">
    <h2 id="term-articles-heading">${strings.articlesHeading}</h2>
    ${articleList(listing.items, site)}
    ${pagination(listing, strings)}
  </section>
  ${summary
    ? html`<div class="term-grid__side">
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">${strings.coverageOverTime}</h2>
      ${barChart(summary.coverage, 'coverage-chart', strings)}
    </section>
    ${summary.relatedActors.length
      ? html`<section aria-labelledby="related-actors-heading">
      <h2 id="related-actors-heading">${summary.relatedActorsHeading}</h2>
      ${termCounts(summary.relatedActors, strings)}
    </section>`
      : ''}
  </div>`
    : ''}
</div>
`;
  return basePage(site, {
    section: term.kind,
    title: listing.number > 1 ? `${term.name} (${strings.page} ${listing.number})` : term.name,
    description: term.description || term.name,
    head,
    content,
  });
}
