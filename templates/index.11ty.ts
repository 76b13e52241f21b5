/** The home page: latest articles, a chart of the years, topics and the most covered actors. */
import { html } from '../src/site/html.ts';
import type { SiteModel } from '../src/site/site-model.ts';
import { basePage } from './_includes/layouts/base.ts';
import { renderedInLayout } from './_includes/layouts/page.11ty.ts';
import { articleList, termCounts } from './_includes/partials/article-list.ts';
import { barChart } from './_includes/partials/chart.ts';

export const data = { permalink: '/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings, settings } = site;
  const content = html`
<h1 class="visually-hidden">${settings.title}</h1>
${settings.description ? html`<p class="lead">${settings.description}</p>` : ''}
<div class="home-grid">
  <section aria-labelledby="latest-heading" class="home-grid__main">
    <h2 id="latest-heading">${strings.latestArticles}</h2>
    ${articleList(site.home.latest, site)}
  </section>
  <div class="home-grid__side">
    <section aria-labelledby="chart-heading">
      <h2 id="chart-heading">${strings.timeline}</h2>
      ${barChart(site.home.chart, 'home-chart', strings)}
    </section>
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading">${strings.topics}</h2>
      ${termCounts(site.home.topics, strings)}
      <p><a href="/topik/">${strings.allTopics}</a></p>
    </section>
    <section aria-labelledby="actors-heading">
      <h2 id="actors-heading">${strings.mostCoveredActors}</h2>
      ${termCounts(site.home.actors, strings)}
      <p><a href="/aktor/">${strings.allActors}</a></p>
    </section>
  </div>
</div>
`;
  return basePage(site, { section: 'home', content });
}
