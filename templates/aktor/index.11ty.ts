/** Every actor, grouped by kind (people, countries, organisations). */
import { html } from '../../src/site/html.ts';
import type { SiteModel } from '../../src/site/site-model.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { termCounts } from '../_includes/partials/article-list.ts';

export const data = { permalink: '/aktor/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings } = site;
  const content = html`
<h1>${strings.actors}</h1>
${site.actorGroups.map(
  (group) => html`<section aria-labelledby="kind-${group.kind}">
  <h2 id="kind-${group.kind}">${group.label}</h2>
  ${termCounts(group.actors, strings, 'term-counts term-counts--columns')}
</section>
`,
)}
`;
  return basePage(site, { section: 'actor', title: strings.actors, content });
}
