/**
 * The dev server's first line of defence: a request whose path cannot be decoded (`/%ZZ`, overlong UTF-8 such as
 * `/%c0%ae`), holds control characters, climbs out of the site (`/../x`, `/..%2fx`, `/..\x`) or is absurdly long is
 * answered 400 before the dev server sees it. Eleventy's dev server decodes paths itself and an undecodable one threw
 * inside its request handler, which ended the process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Longer than any page's path could be. */
const MAX_PATH = 2048;

/** Why `url` (a request target as received) is refused, or undefined when it may be served. */
export function badRequestPath(url: string): string | undefined {
  if (url.length > MAX_PATH) return 'path too long';
  const path = url.replace(/[?#].*$/s, '');
  if (!path.startsWith('/')) return 'path must start with /';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'malformed percent-encoding';
  }
  if ([...decoded].some((char) => char < ' ' || char === '\u007f')) return 'control character in path';
  if (decoded.split(/[/\\]/).some((segment) => segment === '..' || segment === '.')) return 'path leaves the site';
  return undefined;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function rejectBadPaths(): Middleware {
  return (req, res, next) => {
    const why = badRequestPath(req.url ?? '/');
    if (!why) return next();
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`400 Bad Request: ${why}\n`);
  };
}
