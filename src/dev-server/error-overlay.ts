/**
 * Shows content and build problems in the browser during `npm run serve`: while there are any, every page is
 * served with a banner listing them (or as a page of its own when it does not exist). The banner is the first child
 * of `<body>`, in the page flow: it pushes the page down rather than covering its header. The dev server adds its
 * live-reload script to these responses too, so fixing the file brings the real page back by itself.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml } from '../site/html.ts';

export const OVERLAY_ID = 'arsip-serve-errors';

export function renderOverlay(problems: string[]): string {
  const items = problems.map((p) => `<li style="margin:.25em 0;white-space:pre-wrap">${escapeHtml(p)}</li>`).join('');
  return (
    `<div id="${OVERLAY_ID}" role="alert" style="max-height:60vh;overflow:auto;` +
    `background:#7f1d1d;color:#fff;font:14px/1.4 ui-monospace,monospace;padding:1em 1.5em;box-shadow:0 2px 12px #0008">` +
    `<strong>${problems.length} problem${problems.length === 1 ? '' : 's'} — the site shows the last valid content; save a fix to reload</strong>` +
    `<ul style="margin:.5em 0 0;padding-left:1.2em">${items}</ul></div>`
  );
}

function errorPage(overlay: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Build problems</title></head><body>${overlay}</body></html>`;
}

/** The output file a URL path maps to, or undefined when it would leave `outDir`. */
function outputFile(outDir: string, urlPath: string, pathPrefix: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (pathPrefix !== '/' && path.startsWith(pathPrefix)) path = `/${path.slice(pathPrefix.length)}`;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(outDir, path));
  return file.startsWith(outDir + sep) ? file : undefined;
}

/** `page` with `overlay` right after its `<body…>` tag, or at its end when it has none. */
function withBanner(page: string, overlay: string): string {
  const body = /<body\b[^>]*>/i.exec(page);
  if (!body) return page + overlay;
  const at = body.index + body[0].length;
  return page.slice(0, at) + overlay + page.slice(at);
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Eleventy Dev Server middleware: pages get the problem banner while `problems()` returns any. */
export function problemsMiddleware(options: { outDir: string; pathPrefix: string; problems: () => string[] }): Middleware {
  return (req, res, next) => {
    const problems = options.problems();
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (problems.length === 0 || !wantsPage || !/(\/|\.html)$/.test(url.pathname)) return next();

    const overlay = renderOverlay(problems);
    const file = outputFile(options.outDir, url.pathname, options.pathPrefix);
    const send = (html: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    };
    // A function replacement: the problems may contain `$&`, `$'` or `$\``, which a replacement string would expand.
    (file ? readFile(file, 'utf8') : Promise.reject(new Error('outside output')))
      .then((page) => send(withBanner(page, overlay)))
      .catch(() => send(errorPage(overlay)));
  };
}
