/** The page servers show for a missing path. */
import { html } from '../src/site/html.ts';
import type { SiteModel } from '../src/site/site-model.ts';
import { basePage } from './_includes/layouts/base.ts';
import { renderedInLayout } from './_includes/layouts/page.11ty.ts';

export const data = { permalink: '/404.html', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings } = site;
  const content = html`
<h1>${strings.notFoundTitle}</h1>
<p>${strings.notFoundText}</p>
<ul>
  <li><a href="/">${strings.home}</a></li>
  <li><a href="/topik/">${strings.topics}</a></li>
  <li><a href="/aktor/">${strings.actors}</a></li>
  <li><a href="/linimasa/">${strings.timeline}</a></li>
</ul>
`;
  return basePage(site, { title: strings.notFoundTitle, content });
}
