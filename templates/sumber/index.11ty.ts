/** Every source. */
import { html } from '../../src/site/html.ts';
import type { SiteModel } from '../../src/site/site-model.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { termCounts } from '../_includes/partials/article-list.ts';

export const data = { permalink: '/sumber/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const content = html`
<h1>${site.strings.sources}</h1>
${termCounts(site.sources, site.strings)}
`;
  return basePage(site, { section: 'source', title: site.strings.sources, content });
}
