/**
 * The frame of every HTML page: head, site header with the main navigation, footer. A page passes its own title
 * (the site's title is appended), description, extra head tags, content and scripts; `section` marks the current
 * navigation item.
 */
import { html, type Html } from '../../../src/site/html.ts';
import type { SiteModel } from '../../../src/site/site-model.ts';
import { feedHeadLinks, feedLine } from '../partials/feeds.ts';
import { sections, type Section } from '../partials/sections.ts';

export type { Section };

export interface PageParts {
  title?: string;
  description?: string;
  head?: Html | undefined;
  content: Html;
  scripts?: Html | undefined;
  section?: Section;
}

const current = (section: Section | undefined, item: Section) => (section === item ? html` aria-current="page"` : '');

export function basePage(site: SiteModel, page: PageParts): string {
  const { settings, strings, mainFeed } = site;
  return html`<!doctype html>
<html lang="${settings.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>${page.title === undefined ? '' : `${page.title} — `}${settings.title}</title>
  <meta name="description" content="${page.description ?? settings.description}">
  <link rel="stylesheet" href="/assets/site.css">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  ${feedHeadLinks(mainFeed, strings)}
  ${page.head ?? ''}
</head>
<body>
  <a class="skip-link" href="#main">${strings.skipToContent}</a>
  <header class="site-header">
    <div class="wrap site-header__inner">
      <a class="site-title" href="/"${current(page.section, 'home')}>${settings.title}</a>
      <nav class="site-nav" aria-label="${strings.mainNavigation}">
        <ul>
          ${sections(strings).map((item) => html`<li><a href="${item.url}"${current(page.section, item.section)}>${item.label}</a></li>
          `)}
        </ul>
      </nav>
      <form class="header-search" role="search" action="/search/" method="get">
        <label class="visually-hidden" for="header-search-q">${strings.searchLabel}</label>
        <input id="header-search-q" type="search" name="q" autocomplete="off" placeholder="${strings.searchLabel}">
        <button type="submit">${strings.searchButton}</button>
      </form>
    </div>
  </header>
  <main id="main" class="wrap" tabindex="-1">
    ${page.content}
  </main>
  <footer class="site-footer">
    <div class="wrap">
      <p>${settings.title}</p>
      ${feedLine(mainFeed, strings)}
      <p><a href="/tentang/">${strings.about}</a></p>
    </div>
  </footer>
  ${page.scripts ?? ''}
</body>
</html>
`.markup;
}
