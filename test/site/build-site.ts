/** Builds the site from a given Archive into a fresh temp folder, as the build CLI does, for tests. */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Eleventy, { type EleventyConfig } from '@11ty/eleventy';
import type { Archive } from '../../src/content/model.ts';
import { setPreloadedArchive } from '../../src/site/archive-data.ts';

export interface BuildEnv {
  SITE_BASE_URL?: string;
  SITE_PATH_PREFIX?: string;
  SITE_LANGUAGE?: string;
}

export const TEST_BASE_URL = 'https://arsip.example.test';

/**
 * Settings come from an empty content folder (the defaults) plus `env`, so
 * tests do not depend on content/site.yaml. Returns the output folder (the caller removes it; a failed
 * build's folder is removed when the test process exits).
 */
export async function buildSite(
  archive: Archive,
  env: BuildEnv = {},
  /** Extra configuration after .eleventy.ts, e.g. a virtual template. */
  config?: (eleventyConfig: EleventyConfig) => void,
): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'site-out-'));
  const contentDir = await mkdtemp(join(tmpdir(), 'site-content-'));
  const saved = { ...process.env };
  Object.assign(process.env, { SITE_BASE_URL: TEST_BASE_URL, ...env, ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_DRAFTS: '' });
  try {
    setPreloadedArchive(contentDir, archive, false);
    const eleventy = new Eleventy('templates', out, { configPath: '.eleventy.ts', quietMode: true, ...(config ? { config } : {}) });
    await eleventy.write();
  } catch (error) {
    // Not now: when a template fails early, Eleventy is still copying `public/` into the folder, and a copy that
    // finds it gone rejects a promise nobody awaits, which fails whichever test is running then.
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    throw error;
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    await rm(contentDir, { recursive: true, force: true });
  }
  return out;
}
