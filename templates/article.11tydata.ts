/** Permalink of each article page (see the data extension note in .eleventy.ts). */
import type { ArticlePage } from '../src/site/site-model.ts';

export default { permalink: (data: { entry: ArticlePage }) => data.entry.article.url };
