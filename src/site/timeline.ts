/** Articles grouped by year and month, and the charts built from those groups. */
import type { Article, Topic } from '../content/model.ts';
import { buildBarChart, type BarChart, type ChartBucket, type ChartSeries } from './chart.ts';
import { formatMonth, formatShortMonth, monthKey } from './format-date.ts';
import type { UiStrings } from './i18n.ts';
import { paginate, type PageChunk } from './paginate.ts';
import type { UiLanguage } from './settings.ts';

export interface MonthLink {
  /** `2017-08` */
  key: string;
  label: string;
  url: string;
  count: number;
}

/**
 * A month page lists its articles: a busy year holds thousands, too many for one page. Its links to its year and
 * neighbours carry no counts, which it does not show: a new article in one month then changes no other month's page
 * (src/output/page-plan.ts).
 */
export interface TimelineMonth extends MonthLink {
  year: YearRef;
  /** Newest first. */
  articles: Article[];
  /** The next older month with articles. */
  previous?: MonthRef;
  /** The next newer month with articles. */
  next?: MonthRef;
}

export type MonthRef = Omit<MonthLink, 'count'>;

export interface YearLink {
  year: number;
  url: string;
  count: number;
}

export type YearRef = Omit<YearLink, 'count'>;

export interface TimelineYear extends YearLink {
  /** Newest month first, only months with articles. */
  months: MonthLink[];
  chart: BarChart;
  /** The next older year with articles. */
  previous?: YearLink;
  /** The next newer year with articles. */
  next?: YearLink;
}

/** Year pages list their articles, a busy year in several pages of this many (the first takes up to twice as many). */
const YEAR_PAGE_SIZE = 50;

/**
 * A page of a year's articles. Like a term's pages, only the first shows counts (the year's, its months') and the
 * chart: the others then change with their own articles alone, not with every article the year or a month that
 * spans them gains (src/output/page-plan.ts).
 */
export interface YearPage extends PageChunk<Article> {
  year: YearRef & { previous?: YearRef; next?: YearRef };
  summary?: { count: number; chart: BarChart };
  /** This page's articles by month, newest first; a month may continue on the next page. */
  months: { month: MonthRef; count?: number; articles: Article[] }[];
}

export interface Timeline {
  /** Newest year first. */
  years: TimelineYear[];
  /** Every page of every year. */
  yearPages: YearPage[];
  /** Newest month first, only months with articles. */
  months: TimelineMonth[];
  /**
   * The months of each year with articles, newest year first, on one scale so the years compare: a year's
   * twelve bars fit a phone's width, where a chart of every month of the archive would not.
   */
  yearCharts: { year: YearLink; chart: BarChart }[];
  /** The topics that occur in any of `yearCharts`, in registry order. */
  legend: ChartSeries[];
}

const PALETTE_SIZE = 8;

function yearUrl(year: number): string {
  return `/linimasa/${year}/`;
}

function monthUrl(year: number, month: number): string {
  return `${yearUrl(year)}${String(month).padStart(2, '0')}/`;
}

/** One colour per topic in registry order, plus a last series for articles without a topic. */
function topicSeries(topics: readonly Topic[], language: UiLanguage, strings: UiStrings): ChartSeries[] {
  return [
    ...topics.map((topic, index) => ({ label: topic.label[language], className: `series-${index % PALETTE_SIZE}` })),
    { label: strings.otherTopic, className: 'series-none' },
  ];
}

/** Series index of an article: its first (main) topic. */
function seriesOf(article: Article, topicIndex: Map<string, number>, fallback: number): number {
  const first = article.topics[0];
  return first ? (topicIndex.get(first.id) ?? fallback) : fallback;
}

export class ChartCounter {
  private readonly topicIndex: Map<string, number>;
  constructor(
    private readonly topics: readonly Topic[],
    private readonly split: boolean,
  ) {
    this.topicIndex = new Map(topics.map((topic, index) => [topic.id, index]));
  }

  /** Counts per series for a group of articles (one series when not split by topic). */
  count(articles: readonly Article[]): number[] {
    if (!this.split) return [articles.length];
    const counts: number[] = new Array(this.topics.length + 1).fill(0);
    for (const article of articles) {
      const index = seriesOf(article, this.topicIndex, this.topics.length);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    return counts;
  }
}

/** Years from the oldest to the newest article, gaps included, so charts show quiet years. */
export function yearSpan(articles: readonly Article[]): number[] {
  if (articles.length === 0) return [];
  const years = articles.map((article) => article.date.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function groupBy<K>(articles: readonly Article[], key: (article: Article) => K): Map<K, Article[]> {
  const groups = new Map<K, Article[]>();
  for (const article of articles) {
    const k = key(article);
    const group = groups.get(k);
    if (group) group.push(article);
    else groups.set(k, [article]);
  }
  return groups;
}

export interface ChartContext {
  topics: readonly Topic[];
  language: UiLanguage;
  strings: UiStrings;
}

/** Bars per year over the archive's span; `linked` bars point at the year pages. */
export function yearChart(
  articles: readonly Article[],
  span: readonly number[],
  context: ChartContext,
  options: { title: string; splitByTopic: boolean; linked: boolean },
): BarChart {
  const counter = new ChartCounter(context.topics, options.splitByTopic);
  const byYear = groupBy(articles, (article) => article.date.year);
  const buckets: ChartBucket[] = span.map((year) => ({
    label: String(year),
    axisLabel: String(year),
    ...(options.linked ? { href: yearUrl(year) } : {}),
    counts: counter.count(byYear.get(year) ?? []),
  }));
  const series = options.splitByTopic
    ? topicSeries(context.topics, context.language, context.strings)
    : [{ label: context.strings.articles, className: 'series-single' }];
  return buildBarChart({ title: options.title, buckets, series, unit: context.strings.articles });
}

/** Bars for the months of `year`, split by main topic, each linking to its month's page; `max` shares a scale. */
function monthChart(articles: readonly Article[], year: number, context: ChartContext, title: string, max?: number): BarChart {
  const counter = new ChartCounter(context.topics, true);
  const byMonth = groupBy(articles, (article) => article.date.month);
  const buckets: ChartBucket[] = Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    return {
      label: formatMonth(year, month, context.language),
      axisLabel: formatShortMonth(month, context.language),
      href: monthUrl(year, month),
      counts: counter.count(byMonth.get(month) ?? []),
    };
  });
  return buildBarChart({
    title,
    buckets,
    series: topicSeries(context.topics, context.language, context.strings),
    unit: context.strings.articles,
    ...(max === undefined ? {} : { max }),
  });
}

/** `articles` newest first, as in the archive. */
export function buildTimeline(articles: readonly Article[], context: ChartContext): Timeline {
  const byYear = groupBy(articles, (article) => article.date.year);
  const yearLinks: YearLink[] = [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, group]) => ({ year, url: yearUrl(year), count: group.length }));
  const byMonth = groupBy(articles, (article) => monthKey(article.date.year, article.date.month));
  const monthLinks = [...byMonth.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, group]): MonthLink => {
      const [year, month] = [Number(key.slice(0, 4)), Number(key.slice(5))];
      return { key, label: formatMonth(year, month, context.language), url: monthUrl(year, month), count: group.length };
    });
  const years = yearLinks.map((link, index): TimelineYear => ({
    ...link,
    months: monthLinks.filter((month) => month.key.startsWith(`${link.year}-`)),
    chart: monthChart(byYear.get(link.year) ?? [], link.year, context, context.strings.articlesPerMonthByTopic),
    previous: yearLinks[index + 1],
    next: yearLinks[index - 1],
  }));
  const yearRef = ({ year, url }: YearLink): YearRef => ({ year, url });
  const monthRef = (link: MonthLink | undefined): MonthRef | undefined => link && { key: link.key, label: link.label, url: link.url };
  const months = monthLinks.map((link, index): TimelineMonth => ({
    ...link,
    year: yearRef(yearLinks.find((year) => link.key.startsWith(`${year.year}-`))!),
    articles: byMonth.get(link.key) ?? [],
    previous: monthRef(monthLinks[index + 1]),
    next: monthRef(monthLinks[index - 1]),
  }));
  const busiestMonth = Math.max(0, ...monthLinks.map((month) => month.count));
  const yearCharts = yearLinks.map((year) => ({
    year,
    chart: monthChart(byYear.get(year.year) ?? [], year.year, context, `${context.strings.articlesPerMonthByTopic} — ${year.year}`, busiestMonth),
  }));
  const used = new Set(yearCharts.flatMap(({ chart }) => chart.legend.map((series) => series.className)));
  const monthOf = new Map(monthLinks.map((month) => [month.key, month]));
  const yearPages = years.flatMap((year) =>
    paginate(byYear.get(year.year) ?? [], year.url, YEAR_PAGE_SIZE).map((chunk): YearPage => ({
      ...chunk,
      year: { ...yearRef(year), previous: year.previous && yearRef(year.previous), next: year.next && yearRef(year.next) },
      ...(chunk.number === 1 ? { summary: { count: year.count, chart: year.chart } } : {}),
      months: [...groupBy(chunk.items, (article) => monthKey(article.date.year, article.date.month))].map(([key, group]) => {
        const month = monthOf.get(key)!;
        return { month: monthRef(month)!, ...(chunk.number === 1 ? { count: month.count } : {}), articles: group };
      }),
    })),
  );
  return {
    years,
    yearPages,
    months,
    yearCharts,
    legend: topicSeries(context.topics, context.language, context.strings).filter((series) => used.has(series.className)),
  };
}
