/**
 * Lines of site chrome that copy-pasting a news page brings along: cookie banners, newsletter boxes, ads, "Baca juga"
 * teasers, tags, staff credits and copyright footers. Each rule is tested on one trimmed line.
 */

export interface ChromeRule {
  name: string;
  test: (line: string) => boolean;
  /** The article is over: this line and every later one are chrome (footers, credits, reporter initials). */
  endsArticle?: boolean;
}

const short = (line: string, max: number) => line.length <= max;

export const CHROME_RULES: ChromeRule[] = [
  { name: 'copyright', endsArticle: true, test: (l) => /^(hak cipta|copyright|©)/i.test(l) },
  { name: 'reuse notice', endsArticle: true, test: (l) => /^(ketika mengambil atau mengutip|dilarang (keras )?mengambil)/i.test(l) },
  { name: 'staff credit', endsArticle: true, test: (l) => /^(pewarta|editor|penulis|reporter|redaktur|penyunting|fotografer|uploader)\s*:/i.test(l) },
  { name: 'reporter initials', endsArticle: true, test: (l) => /^\(\p{Ll}{2,4}(\/\p{Ll}{2,4})*\)$/u.test(l) },
  { name: 'cookie notice', test: (l) => short(l, 200) && /\b(kuki|cookies?)\b/i.test(l) },
  { name: 'newsletter box', test: (l) => short(l, 120) && /(berlangganan|newsletter|langsung ke (email|inbox)|subscribe)/i.test(l) },
  { name: 'newsletter box', test: (l) => /^dapatkan (cerita|berita|artikel) terbaik/i.test(l) },
  { name: 'related link', test: (l) => /^(baca juga|lihat juga|simak juga|berita terkait)\s*:/i.test(l) },
  { name: 'advertisement', test: (l) => /^(advertisement|iklan|scroll to continue( with content)?|lanjutkan membaca)$/i.test(l) },
  { name: 'tags', test: (l) => /^(tags?|topik|label)\s*:/i.test(l) || /^id\s+[^.!?\s]+(\s*,\s*[^,.!?]+)+$/.test(l) },
  { name: 'share buttons', test: (l) => /^(bagikan|share|tweet|facebook|twitter|whatsapp|salin tautan)$/i.test(l) },
  // Section menus and widgets: `LIVE REPORT`, `TERPOPULER`, `LAINNYA DI DETIKNETWORK`.
  { name: 'navigation', test: (l) => short(l, 40) && /^[\p{Lu}\d][\p{Lu}\d\s&|·–-]+$/u.test(l) && /\p{Lu}{3}/u.test(l) },
];

export function chromeRuleFor(line: string): ChromeRule | undefined {
  return CHROME_RULES.find((rule) => rule.test(line));
}
