import { join } from 'node:path';
import type { ContentError } from './errors.ts';
import { readYamlData } from './data-file.ts';
import { siteFile, type SiteFile } from './schema.ts';
import { displayPath } from './display-path.ts';

export const SITE_FILE = 'site.yaml';

/** Reads and validates `<contentDir>/site.yaml`; a content folder without one gets `{}` (every default). */
export function readSiteFile(contentDir: string): { value?: SiteFile; errors: ContentError[] } {
  const data = readYamlData(displayPath(join(contentDir, SITE_FILE)), siteFile, {});
  return data.missing ? { value: {}, errors: [] } : data;
}
