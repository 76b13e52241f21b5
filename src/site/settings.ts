/**
 * Site settings: one data file, `<content>/site.yaml`, with environment
 * overrides so the CLI and tests can build variants (e.g. a subfolder build)
 * without editing it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

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

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

const schema = z
  .object({
    title: z.string().min(1),
    description: z.string().default(''),
    baseUrl: httpUrl,
    pathPrefix: z.string().default('/'),
    language: z.enum(['id', 'en']).default('id'),
    about: z
      .object({
        text: z.string().default(''),
        licences: z
          .array(z.object({ name: z.string().min(1), licence: z.string().min(1), url: httpUrl.optional(), origin: z.string().optional() }).strict())
          .default([]),
      })
      .strict()
      .default({ text: '', licences: [] }),
  })
  .strict();

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
    ...settings,
    baseUrl: new URL(settings.baseUrl).origin,
    pathPrefix: normalisePathPrefix(settings.pathPrefix),
  };
}

/** Reads `<contentDir>/site.yaml`; a content folder without one (e.g. a test fixture) gets the defaults. */
export async function loadSettings(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteSettings> {
  let text: string | undefined;
  try {
    text = await readFile(join(contentDir, 'site.yaml'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return parseSettings(text === undefined ? {} : parse(text), env);
}
