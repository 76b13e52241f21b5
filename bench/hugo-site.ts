/**
 * Writes a Hugo project that builds the same generated content as our site, so `build.bench.ts` can compare the two
 * in one run. Hugo is given comparable work: one page per article (Markdown rendered by Hugo, five related articles,
 * previous/next), a home page, taxonomy and paginated term pages for actors, topics and sources (20 per page, like
 * src/site/paginate.ts), an RSS and a JSON feed per term and for the home page (newest 50, like src/site/feeds.ts),
 * a full-text JSON search document for the whole archive, and the sitemap.
 * `WITHOUT_RELATED` builds it without related articles, the cheaper baseline the targets are checked against.
 * What it does not do: our SVG charts, timeline pages, JSON-LD and the Lunr index itself (Hugo writes the documents
 * an index would be built from in the browser).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const CONFIG = `baseURL = "https://arsip-berita.example.org/"
languageCode = "id"
title = "Arsip Berita Rusia–Indonesia"
paginate = 20
disableKinds = []
enableRobotsTXT = false

[taxonomies]
  actor = "actors"
  topic = "topics"
  source = "sources"

[permalinks]
  artikel = "/artikel/:filename/"

[services.rss]
  limit = 50

[outputs]
  home = ["HTML", "RSS", "JSON"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS", "JSON"]

[params]
  # hugo-no-related.toml turns this off: Hugo's .Related scores every page sharing a term, and with a
  # few dozen terms over thousands of articles that grows with the square of the archive.
  related = true

[related]
  includeNewer = true
  threshold = 1
  toLower = false
  [[related.indices]]
    name = "actors"
    weight = 100
  [[related.indices]]
    name = "topics"
    weight = 80
`;

/** Paths under `layouts/`. */
const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ .Title }} — {{ end }}{{ site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}
</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav>{{ range $name, $_ := site.Taxonomies }}<a href="{{ "/" | relURL }}{{ $name }}/">{{ $name }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<dl>
<dt>Terbit</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></dd>
<dt>Sumber</dt><dd>{{ range .GetTerms "sources" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ if reflect.IsMap .Params.source }}{{ with .Params.source.url }} · <a href="{{ . }}" rel="external noopener">Baca aslinya</a>{{ end }}{{ end }}</dd>
<dt>Waktu baca</dt><dd>{{ .ReadingTime }} menit</dd>
</dl>
<p>Topik: {{ range .GetTerms "topics" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<p>Aktor: {{ range .GetTerms "actors" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<div class="prose">{{ .Content }}</div>
</article>
{{ if site.Params.related }}{{ with site.RegularPages.Related . | first 5 }}<section><h2>Artikel terkait</h2><ul>
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}
</ul></section>{{ end }}{{ end }}
<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}
`,
  'partials/teasers.html': `<ol>{{ range . }}<li><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ range .GetTerms "sources" }}{{ .LinkTitle }}{{ end }}</p>
<p>{{ .Summary | plainify | truncate 240 }}</p></li>{{ end }}</ol>
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ partial "teasers.html" (first 10 .RegularPages) }}
{{ end }}
`,
  '_default/taxonomy.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> {{ .Count }}</li>{{ end }}</ul>
{{ end }}
`,
  '_default/term.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} artikel</p>
{{ partial "teasers.html" .Paginator.Pages }}
{{ template "_internal/pagination.html" . }}
{{ end }}
`,
  '_default/term.json': `{{- $items := slice -}}
{{- range first 50 .Pages -}}
{{- $items = $items | append (dict "id" .Permalink "url" .Permalink "title" .Title "date_published" (.Date.Format "2006-01-02T15:04:05Z07:00") "content_html" .Content) -}}
{{- end -}}
{{- dict "version" "https://jsonfeed.org/version/1.1" "title" .Title "home_page_url" .Permalink "items" $items | jsonify -}}
`,
  'index.json': `{{- $docs := slice -}}
{{- range site.RegularPages -}}
{{- $docs = $docs | append (dict "url" .RelPermalink "title" .Title "day" (.Date.Format "2006-01-02") "actors" .Params.actors "topics" .Params.topics "body" .Plain) -}}
{{- end -}}
{{- $docs | jsonify -}}
`,
};

/** `hugo --config` value for the same site without related articles. */
export const WITHOUT_RELATED = 'hugo.toml,hugo-no-related.toml';

/** Writes the Hugo project for `contentDir` (as written by corpus-content.ts) into `dir`. */
export async function writeHugoSite(contentDir: string, dir: string): Promise<void> {
  await mkdir(join(dir, 'content', 'artikel'), { recursive: true });
  await writeFile(join(dir, 'hugo.toml'), CONFIG);
  await writeFile(join(dir, 'hugo-no-related.toml'), '[params]\n  related = false\n');
  for (const [path, text] of Object.entries(LAYOUTS)) {
    const target = join(dir, 'layouts', path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  await copyArticles(join(contentDir, 'articles'), join(dir, 'content', 'artikel'));
}

/** The same files, with the source's name added as a `sources` term (Hugo taxonomies take strings, not maps). */
async function copyArticles(from: string, to: string): Promise<void> {
  const names = (await readdir(from)).filter((name) => name.endsWith('.md'));
  for (let i = 0; i < names.length; i += 500) {
    await Promise.all(names.slice(i, i + 500).map(async (name) => writeFile(join(to, name), withSourceTerm(await readFile(join(from, name), 'utf8')))));
  }
}

function withSourceTerm(markdown: string): string {
  const front = parse(markdown.slice(4, markdown.indexOf('\n---\n', 4))) as { source: string | { name: string } };
  const name = typeof front.source === 'string' ? front.source : front.source.name;
  // Hugo reads RFC 3339 times only: `09:15 WIB` and `T09:15+07:00` (editorial archive) get seconds and an offset.
  return markdown
    .replace('---\n', `---\nsources: [${JSON.stringify(name)}]\n`)
    .replace(/^(date: \d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(?: WIB|\+07:00)$/m, '$1T$2:00+07:00');
}
