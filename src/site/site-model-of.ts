/**
 * The site model of an archive, built once per archive and settings: the build needs it before Eleventy does (to plan
 * an incremental build), and Eleventy's global data asks for it again.
 */
import type { Archive } from '../content/model.ts';
import type { SiteSettings } from './settings.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';

const models = new WeakMap<Archive, { settings: string; site: SiteModel }>();

export function siteModelOf(archive: Archive, settings: SiteSettings): SiteModel {
  const key = JSON.stringify(settings);
  let model = models.get(archive);
  if (model?.settings !== key) {
    // Frozen: Eleventy's pagination wraps unfrozen global data in a proxy on every access (docs/performance.md).
    model = { settings: key, site: Object.freeze(buildSiteModel(archive, settings)) };
    models.set(archive, model);
  }
  return model.site;
}
