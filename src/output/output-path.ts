/** Where Eleventy writes a page's URL, relative to the output folder: `/a/b/` → `a/b/index.html`. */
export function outputPath(url: string): string {
  const path = url.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
