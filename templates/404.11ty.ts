/** The page servers show for a missing path. */
import { html } from '../src/site/html.ts';
import type { SiteModel } from '../src/site/site-model.ts';
import { basePage } from './_includes/layouts/base.ts';
import { renderedInLayout } from './_includes/layouts/page.11ty.ts';
import { sections } from './_includes/partials/sections.ts';

export const data = { permalink: '/404.html', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings } = site;
  const content = html`
<h1>${strings.notFoundTitle}</h1>
<p>${strings.notFoundText}</p>
<ul>
  <li><a href="/">${strings.home}</a></li>
  ${sections(strings).map((item) => html`<li><a href="${item.url}">${item.label}</a></li>
  `)}
</ul>
`;
  return basePage(site, { title: strings.notFoundTitle, content });
}
