/** Builds the site from a given Archive into a fresh temp folder, as the build CLI does, for tests. */
import Eleventy, { type EleventyConfig } from '@11ty/eleventy';
import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Archive } from '../../src/content/model.ts';
import { handOver, type SiteHandover } from '../../src/eleventy/handover.ts';
import { SEARCH_DIR, writeSearchIndex } from '../../src/search/write-index.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { fixtureArchive } from './fixture-archive.ts';

export interface BuildEnv {
  SITE_BASE_URL?: string;
  SITE_PATH_PREFIX?: string;
  SITE_LANGUAGE?: string;
}

export const TEST_BASE_URL = 'https://arsip.example.test';

/**
 * Settings come from an empty content folder (the defaults) plus `env`, so
 * tests do not depend on content/site.yaml. Returns the output folder, removed when the test process exits.
 */
export async function buildSite(
  archive: Archive,
  env: BuildEnv = {},
  /** Extra configuration after .eleventy.ts, e.g. a virtual template. */
  config?: (eleventyConfig: EleventyConfig) => void,
  handover: Partial<SiteHandover> = {},
  /** An empty folder to build into; a new temporary one by default. */
  into?: string,
): Promise<string> {
  const out = into ?? (await tempDir('site-out-'));
  const contentDir = await tempDir('site-content-');
  const saved = { ...process.env };
  Object.assign(process.env, { SITE_BASE_URL: TEST_BASE_URL, ...env });
  try {
    const eleventy = new Eleventy('templates', out, {
      configPath: '.eleventy.ts',
      quietMode: true,
      config: (eleventyConfig) => {
        handOver(eleventyConfig, { contentDir, archive: () => archive, writesSearchIndex: true, ...handover });
        config?.(eleventyConfig);
      },
    });
    // Its summary and its report of a template error (with a stack trace) would print on every run; errors reach the
    // caller as the rejection, which the tests assert.
    eleventy.disableLogger();
    // A failed build's folder must be left to the exit cleanup: when a template fails early, Eleventy is still
    // copying `public/` into it, and a copy that finds it gone rejects a promise nobody awaits, which fails whichever
    // test is running then.
    await eleventy.write();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  return out;
}

/**
 * The fixture archive's site with the default settings, built once for all the tests that only read it
 * (test/helpers/shared-build.ts): they must not write into it.
 */
export function sharedFixtureSite(): Promise<string> {
  return sharedBuild('fixture-site', {}, async (dir) => {
    await buildSite(fixtureArchive(), {}, undefined, {}, dir);
  });
}

/**
 * The shared fixture site whose search payload is `archive`'s instead (its search page kept), built once per `name`
 * for the tests that only read it: the pages stay small while the search has an archive of its own.
 */
export function sharedSiteSearching(name: string, archive: () => Archive): Promise<string> {
  return sharedBuild(name, {}, async (dir) => {
    await cp(await sharedFixtureSite(), dir, { recursive: true });
    const payload = join(dir, SEARCH_DIR);
    for (const entry of await readdir(payload)) if (entry !== 'index.html') await rm(join(payload, entry), { recursive: true });
    await writeSearchIndex(archive(), dir);
  });
}
