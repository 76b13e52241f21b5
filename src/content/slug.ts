/** Already a slug: what file names usually are, so loading thousands of cached articles skips the work below. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lower-case ASCII slug: accents are folded (`é` → `e`), anything else that is
 * not a letter or digit becomes a single hyphen. Never contains `/` or `..`.
 */
export function slugify(text: string): string {
  if (SLUG.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
