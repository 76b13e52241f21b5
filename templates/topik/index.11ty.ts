/** Every topic with its description. */
import { html } from '../../src/site/html.ts';
import type { SiteModel } from '../../src/site/site-model.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';

export const data = { permalink: '/topik/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings } = site;
  const content = html`
<h1>${strings.topics}</h1>
<ul class="term-index">
  ${site.topics.map(
    (topic) => html`<li>
    <a class="term-index__name" href="${topic.url}">${topic.name}</a> <span class="count">${topic.count} ${strings.articles}</span>
    <p lang="id">${topic.description ?? ''}</p>
  </li>
  `,
  )}
</ul>
`;
  return basePage(site, { section: 'topic', title: strings.topics, content });
}
