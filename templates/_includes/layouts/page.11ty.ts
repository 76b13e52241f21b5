/**
 * The Eleventy layout every HTML page is rendered in. Eleventy keeps what a template outputs itself (its
 * `templateContent`, for collections) for every page until the build ends, where a layout's output goes on to the
 * transforms and the page writer and is let go (peak memory: docs/performance.md). So a page template
 * outputs nothing and passes the function that renders its page to this layout, as `renderPage`.
 */

interface PageData<D> {
  renderPage(data: D): string;
}

/** Data for a page template: its page is rendered by `renderPage`, in this layout. */
export function renderedInLayout<D>(renderPage: (data: D) => string): { layout: string } & PageData<D> {
  return { layout: 'layouts/page.11ty.ts', renderPage };
}

export function render<D>(data: D & PageData<D>): string {
  return data.renderPage(data);
}
