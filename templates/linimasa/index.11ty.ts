/** The timeline: for each year, newest first, its articles per month on one shared scale, each year linking its page. */
import { html } from '../../src/site/html.ts';
import type { SiteModel } from '../../src/site/site-model.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { barChart, chartLegend } from '../_includes/partials/chart.ts';

export const data = { permalink: '/linimasa/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings, timeline } = site;
  const content = html`
<h1>${strings.timeline}</h1>
<div class="chart-intro">
  <p>${strings.articlesPerMonthByTopic}</p>
  ${chartLegend(timeline.legend, strings)}
</div>
<div class="year-charts">
  ${timeline.yearCharts.map(
    ({ year, chart }) => html`<section class="year-charts__year" aria-labelledby="year-${year.year}">
    <h2 id="year-${year.year}"><a href="${year.url}">${year.year}</a> <span class="count">${year.count} ${strings.articles}</span></h2>
    ${barChart(chart, `chart-${year.year}`, strings, { caption: false, labelledBy: `year-${year.year}` })}
  </section>
  `,
  )}
</div>
`;
  return basePage(site, { section: 'timeline', title: strings.timeline, content });
}
