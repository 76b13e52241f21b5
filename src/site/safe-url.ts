/** URL helpers: only http(s) links from content reach the page, and absolute URLs honour the path prefix. */
import type { SiteSettings } from './settings.ts';

/** The URL if it is a well-formed http(s) URL, otherwise undefined (drops `javascript:`, `data:`, relative paths). */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `/artikel/x/` → `https://host/prefix/artikel/x/`. */
export function absoluteUrl(settings: SiteSettings, sitePath: string): string {
  return `${settings.baseUrl}${settings.pathPrefix}${sitePath.replace(/^\/+/, '')}`;
}

const SAFE_PERMALINK = /^\/(?:[a-z0-9][a-z0-9._-]*\/)*(?:[a-z0-9][a-z0-9._-]*)?$/;

/**
 * Guards every URL that becomes an output path: plain lower-case segments only,
 * so no value from content can escape the output folder or need escaping.
 */
export function assertSafePermalink(url: string): string {
  if (!SAFE_PERMALINK.test(url) || url.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new Error(`unsafe page URL "${url}": only lower-case letters, digits, ".", "_" and "-" segments are allowed`);
  }
  return url;
}
