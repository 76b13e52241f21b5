/**
 * Site settings: one data file, `<content>/site.yaml`, with environment
 * overrides so the CLI and tests can build variants (e.g. a subfolder build)
 * without editing it.
 */
import { ContentErrors } from '../content/errors.ts';
import { siteFile } from '../content/schema.ts';
import { readSiteFile } from '../content/site-file.ts';

export type UiLanguage = 'id' | 'en';

/** Data the site publishes under a licence of its own, named on the about page. */
export interface DataLicence {
  /** What the data is and where the site publishes it. */
  name: string;
  /** e.g. `CC BY-NC-SA 3.0`. */
  licence: string;
  /** The licence's text (http/https). */
  url?: string;
  /** Where the data comes from. */
  origin?: string;
}

export interface SiteSettings {
  title: string;
  description: string;
  /** Origin of the hosted site, without a trailing slash, e.g. `https://arsip.example.org`. */
  baseUrl: string;
  /** Subfolder the site is hosted in, always with leading and trailing slash (`/` at the root). */
  pathPrefix: string;
  language: UiLanguage;
  /** The about page (`/tentang/`): paragraphs of plain text, and licences besides those of the data the site bundles. */
  about: { text: string; licences: DataLicence[] };
}

// The file's own schema (src/content/schema.ts), with the fields every site has once defaults are applied.
const schema = siteFile.required({ title: true, baseUrl: true });

const DEFAULTS = { title: 'Arsip Berita', baseUrl: 'http://localhost:8080' };

/** `sub/folder` → `/sub/folder/`; rejects anything that is not plain path segments. */
export function normalisePathPrefix(prefix: string): string {
  const segments = prefix.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment)) {
      throw new Error(`site settings: pathPrefix segment "${segment}" is not allowed`);
    }
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export function parseSettings(raw: unknown, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const overrides = {
    ...(env.SITE_BASE_URL ? { baseUrl: env.SITE_BASE_URL } : {}),
    ...(env.SITE_PATH_PREFIX ? { pathPrefix: env.SITE_PATH_PREFIX } : {}),
    ...(env.SITE_LANGUAGE ? { language: env.SITE_LANGUAGE } : {}),
  };
  const result = schema.safeParse({ ...DEFAULTS, ...(raw as object | null), ...overrides });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`site settings are invalid: ${problems.join('; ')}`);
  }
  const settings = result.data;
  return {
    title: settings.title,
    description: settings.description ?? '',
    baseUrl: new URL(settings.baseUrl).origin,
    pathPrefix: normalisePathPrefix(settings.pathPrefix ?? '/'),
    language: settings.language ?? 'id',
    about: { text: settings.about?.text ?? '', licences: settings.about?.licences ?? [] },
  };
}

/**
 * Reads `<contentDir>/site.yaml` as the content loader validates it (src/content/site-file.ts: only a regular file, with
 * file:line errors); a content folder without one (e.g. a test fixture) gets the defaults.
 */
export async function loadSettings(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteSettings> {
  const file = readSiteFile(contentDir);
  if (file.errors.length > 0) throw new ContentErrors(file.errors);
  return parseSettings(file.value, env);
}
