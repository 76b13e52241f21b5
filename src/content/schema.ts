import { z } from 'zod';
import { imageField } from './image.ts';

/** Only web links may reach an `href`: `javascript:`, `data:` and relative paths are rejected. */
const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute http:// or https:// URL');

const text = z.string().trim().min(1, 'must not be empty');
/** One name written without brackets (`topics: kontraterorisme`) is a list of one. */
const asList = (value: unknown) => (typeof value === 'string' ? [value] : value);
const names = z.preprocess(asList, z.array(text));

/** The front-matter of an article. Unknown keys are errors so typos cannot pass silently. */
export const articleFrontMatter = z.strictObject({
  title: text,
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[+07:00]`; checked further by `parseArticleDate`. */
  date: z.string({ error: 'must be an ISO date such as 2017-08-09 or 2017-01-31T14:44+07:00' }),
  updated: z.string({ error: 'must be an ISO date such as 2017-08-09' }).optional(),
  source: z.union([text, z.strictObject({ name: text, url: httpUrl.optional(), author: text.optional() })], {
    error: 'must be a source name or { name, url, author }',
  }),
  actors: names.default([]),
  topics: z.preprocess(asList, z.array(text).min(1, 'needs at least one topic')),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as id or en')
    .default('id'),
  summary: text.optional(),
  /** A picture shown above the body and in link previews (src/content/image.ts). */
  image: imageField.optional(),
  draft: z.boolean().default(false),
});
export type ArticleFrontMatter = z.output<typeof articleFrontMatter>;

const year = z.number({ error: 'must be a year such as 2014' }).int().min(1900).max(2100);

/** An office held for a term: its title names the person only for a date within the term (front-matter, import). */
export const roleEntry = z
  .strictObject({
    title: text,
    /** Other ways texts write the title, e.g. `Menlu RI`. */
    aliases: names.default([]),
    from: year,
    /** Absent while the term lasts. */
    to: year.optional(),
  })
  .refine((role) => role.to === undefined || role.to >= role.from, { error: 'must not be before "from"', path: ['to'] });

export const actorEntry = z.strictObject({
  name: text,
  kind: z.enum(['person', 'country', 'organisation']),
  aliases: names.default([]),
  roles: z.array(roleEntry).default([]),
  description: text.optional(),
});

export const topicEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as kontraterorisme'),
  label: z.strictObject({ en: text, id: text }),
  description: text,
  keywords: names.default([]),
});

export const sourceEntry = z.strictObject({
  name: text,
  homepage: httpUrl.optional(),
  aliases: names.default([]),
});

export const registryFiles = {
  actors: z.array(actorEntry),
  topics: z.array(topicEntry),
  sources: z.array(sourceEntry),
} as const;

/** A `pathPrefix` of plain path segments (`/`, `/arsip/`): nothing that could climb out of the site (`..`). */
const pathPrefix = z
  .string()
  .refine(
    (value) => value.split('/').filter(Boolean).every((segment) => segment !== '.' && segment !== '..' && /^[A-Za-z0-9._~-]+$/.test(segment)),
    'must be plain path segments such as /arsip/ (no "..", no special characters)',
  );

/** `<content>/site.yaml`: every field may be left to its default (src/site/settings.ts). */
export const siteFile = z.strictObject({
  title: text.optional(),
  description: z.string().optional(),
  /** Origin of the hosted site, e.g. `https://arsip.example.org`. */
  baseUrl: httpUrl.optional(),
  pathPrefix: pathPrefix.optional(),
  language: z.enum(['id', 'en']).optional(),
  /** The about page (/tentang/): plain-text paragraphs, and licences of data published with the articles. */
  about: z
    .strictObject({
      text: z.string().optional(),
      licences: z.array(z.strictObject({ name: text, licence: text, url: httpUrl.optional(), origin: z.string().optional() })).optional(),
    })
    .optional(),
});
export type SiteFile = z.output<typeof siteFile>;
