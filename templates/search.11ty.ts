/**
 * The search page. The script (/assets/search.js, from src/search/client) starts a worker that fetches the index
 * from /search/ (the head, then only the parts a query needs); query and filters live in the URL (?q=…&topic=…).
 */
import { HEAD_FILE } from '../src/search/payload.ts';
import { html } from '../src/site/html.ts';
import type { SiteModel } from '../src/site/site-model.ts';
import { basePage } from './_includes/layouts/base.ts';
import { renderedInLayout } from './_includes/layouts/page.11ty.ts';

export const data = { permalink: '/search/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings, settings } = site;
  const t = strings.searchPage;
  const content = html`
<h1>${t.heading}</h1>
<noscript>
  <p class="search-noscript">${t.noScript} <a href="/topik/">${strings.searchClient.topicsLink}</a> ${t.and} <a href="/linimasa/">${strings.searchClient.timelineLink}</a>.</p>
</noscript>
<div id="search-app" hidden data-base="${settings.pathPrefix}" data-index="${settings.pathPrefix}search/" data-strings="${JSON.stringify(strings.searchClient)}">
  <form id="search-form" class="search-form" role="search" action="/search/" method="get">
    <div class="search-form__query">
      <label class="visually-hidden" for="search-q">${t.query}</label>
      <input id="search-q" type="search" name="q" maxlength="200" autocomplete="off" spellcheck="false" enterkeyhint="search">
      <button type="submit">${strings.searchButton}</button>
    </div>
    <details id="search-filters-toggle">
    <summary>${t.filters}</summary>
    <fieldset class="search-filters">
      <legend class="visually-hidden">${t.filters}</legend>
      <label>${t.topic}<select id="filter-topic" name="topic"><option value="">${t.any}</option></select></label>
      <label>${t.actor}<select id="filter-actor" name="actor"><option value="">${t.any}</option></select></label>
      <label>${t.source}<select id="filter-source" name="source"><option value="">${t.any}</option></select></label>
      <label>${t.yearFrom}<input id="filter-from" name="from" type="number" inputmode="numeric" step="1"></label>
      <label>${t.yearTo}<input id="filter-to" name="to" type="number" inputmode="numeric" step="1"></label>
    </fieldset>
    </details>
  </form>
  <p id="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
  <div id="search-notice" hidden></div>
  <h2 class="visually-hidden">${t.results}</h2>
  <ol id="search-results"></ol>
  <button id="search-more" type="button" hidden>${strings.searchClient.showMore}</button>
</div>
`;
  return basePage(site, {
    section: 'search',
    title: t.heading,
    // The index's head is fetched while the page and its scripts load (search.js asks for it in the same mode).
    head: html`<link rel="preload" href="/search/${HEAD_FILE}" as="fetch" crossorigin>
`,
    content,
    scripts: html`<script src="/assets/search.js" defer></script>
`,
  });
}
