/**
 * Imported texts often keep a photo's caption without the photo: a paragraph wholly in emphasis starting "Foto:"
 * (`*Foto: … (ANTARA)*`). Marked here, after rendering, so the page styles it as a caption rather than body text while
 * the rendered body stays exactly what remark makes of the Markdown.
 */
const CAPTION = /<p>(<em>Foto\s*:(?:(?!<\/em>|<\/?p[\s>])[\s\S])*<\/em>)<\/p>/gi;

const PHOTO_CAPTION_CLASS = 'photo-caption';

export function markPhotoCaptions(html: string): string {
  return html.replace(CAPTION, `<p class="${PHOTO_CAPTION_CLASS}">$1</p>`);
}
