/** One page per article. */
import type { ArticleDate } from '../src/content/model.ts';
import { formatArticleDate } from '../src/site/format-date.ts';
import { html, trustedHtml } from '../src/site/html.ts';
import { basePage } from './_includes/layouts/base.ts';
import { renderedInLayout } from './_includes/layouts/page.11ty.ts';
import { onePagePer, type PageOf } from './_includes/one-page-per.ts';
import { prevNext } from './_includes/partials/prev-next.ts';

export const data = { ...onePagePer('articles', 'entry', (entry) => entry.article.url), ...renderedInLayout(renderPage) };

function renderPage({ site, entry }: PageOf<'articles', 'entry'>): string {
  const { article } = entry;
  const { strings, settings } = site;
  const { language } = article;
  const { image } = entry;
  const shown = (date: ArticleDate) => formatArticleDate(date, settings.language);
  const head = html`
  <link rel="canonical" href="${entry.canonicalUrl}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${article.title}">
  <meta property="og:description" content="${article.excerpt}">
  <meta property="og:url" content="${entry.canonicalUrl}">
  <meta property="og:site_name" content="${settings.title}">
  <meta property="og:locale" content="${site.ogLocale}">
  ${image ? html`<meta property="og:image" content="${image.absoluteUrl}">
  <meta property="og:image:alt" content="${image.alt}">
  ${image.width ? html`<meta property="og:image:width" content="${image.width}">
  <meta property="og:image:height" content="${image.height!}">` : ''}` : ''}
  <meta property="article:published_time" content="${article.date.iso}">
  ${article.updated ? html`<meta property="article:modified_time" content="${article.updated.iso}">` : ''}
  ${entry.topics.map((topic) => html`<meta property="article:tag" content="${topic.name}">
  `)}
  <script type="application/ld+json">${trustedHtml(entry.jsonLd)}</script>
`;
  const content = html`
<article class="article">
  <header class="article__header">
    ${article.draft ? html`<p class="draft-label">${strings.draftLabel}</p>` : ''}
    <h1 lang="${language}">${article.title}</h1>
    <dl class="article__meta">
      <div><dt>${strings.published}</dt><dd><time datetime="${article.date.iso}">${shown(article.date)}</time></dd></div>
      ${article.updated ? html`<div><dt>${strings.updated}</dt><dd><time datetime="${article.updated.iso}">${shown(article.updated)}</time></dd></div>` : ''}
      <div><dt>${strings.source}</dt><dd><a href="${article.source.source.url}">${article.source.source.name}</a>${entry.originalUrl ? html` · <a href="${entry.originalUrl}" rel="external noopener">${strings.readOriginal}</a>` : ''}</dd></div>
      ${article.source.author ? html`<div><dt>${strings.author}</dt><dd>${article.source.author}</dd></div>` : ''}
      <div><dt>${strings.readingTimeLabel}</dt><dd>${article.readingMinutes} ${strings.readingTime}</dd></div>
    </dl>
    ${entry.topics.length ? html`
    <div class="tags"><h2 class="tags__label" id="article-topics">${strings.topics}</h2>
      <ul>${entry.topics.map((topic) => html`<li><a class="tag" href="${topic.url}">${topic.name}</a></li>`)}</ul>
    </div>` : ''}
    ${article.actors.length ? html`
    <div class="tags"><h2 class="tags__label" id="article-actors">${strings.actors}</h2>
      <ul>${article.actors.map((actor) => html`<li><a class="tag" href="${actor.url}">${actor.name}</a></li>`)}</ul>
    </div>` : ''}
  </header>
  ${image ? html`
  <figure class="article__image">
    <img src="${image.src}" alt="${image.alt}" lang="${language}"${image.srcset ? html` srcset="${image.srcset}" sizes="${image.sizes!}"` : ''}${image.width ? html` width="${image.width}" height="${image.height!}"` : ''} loading="eager" decoding="async" fetchpriority="high">
    ${image.credit ? html`<figcaption lang="${language}">${image.credit}</figcaption>` : ''}
  </figure>` : ''}
  <div class="prose" lang="${language}">
${trustedHtml(entry.bodyHtml)}
  </div>
  <footer class="article__footer">
    <p class="print-url">${settings.title} · ${entry.canonicalUrl}</p>
    <div class="permalink">
      <label for="permalink-url">${strings.permalink}</label>
      <input id="permalink-url" type="text" readonly value="${entry.canonicalUrl}">
      <button type="button" hidden data-copied="${strings.linkCopied}" data-failed="${strings.copyFailed}">${strings.copyLink}</button>
      <span role="status"></span>
    </div>
  </footer>
</article>
${article.related.length ? html`
<section class="related" aria-labelledby="related-heading">
  <h2 id="related-heading">${strings.relatedArticles}</h2>
  <ul>
    ${article.related.map((link) => html`<li><a href="${link.url}" lang="${language}">${link.title}</a> <time datetime="${link.date.iso}">${shown(link.date)}</time></li>
    `)}
  </ul>
</section>` : ''}
${article.previous || article.next ? html`
${prevNext(
  strings.articleNavigation,
  article.previous && { url: article.previous.url, label: strings.previousArticle, name: html`<span lang="${language}">${article.previous.title}</span>` },
  article.next && { url: article.next.url, label: strings.nextArticle, name: html`<span lang="${language}">${article.next.title}</span>` },
)}` : ''}
`;
  const scripts = html`<script src="/assets/permalink.js" defer></script>`;
  return basePage(site, { title: article.title, description: article.excerpt, head, content, scripts });
}
