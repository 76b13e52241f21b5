/** About the archive: its description, its sources and the licences of the data it publishes. */
import { html } from '../src/site/html.ts';
import { safeHttpUrl } from '../src/site/safe-url.ts';
import type { SiteModel } from '../src/site/site-model.ts';
import { basePage } from './_includes/layouts/base.ts';
import { renderedInLayout } from './_includes/layouts/page.11ty.ts';
import { termCounts } from './_includes/partials/article-list.ts';

export const data = { permalink: '/tentang/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings, about } = site;
  const content = html`
<div class="about">
<h1>${strings.about}</h1>
${about.paragraphs.map((paragraph) => html`<p>${paragraph}</p>
`)}
<section aria-labelledby="about-sources">
  <h2 id="about-sources">${strings.aboutSources}</h2>
  ${termCounts(site.sources, strings)}
</section>
<section aria-labelledby="about-licences">
  <h2 id="about-licences">${strings.aboutLicences}</h2>
  <ul>
    ${about.licences.map((item) => {
      const url = safeHttpUrl(item.url);
      return html`<li>${item.name}: ${url ? html`<a href="${url}" rel="license">${item.licence}</a>` : item.licence}${item.origin ? ` (${strings.licenceFrom} ${item.origin})` : ''}</li>
    `;
    })}
  </ul>
</section>
</div>
`;
  return basePage(site, { section: 'about', title: strings.about, content });
}
