/**
 * Geometry of a build-time SVG bar chart: stacked bars (one colour per
 * series), each linking to its period. Templates only draw what this returns,
 * so the chart needs no client JavaScript.
 */

export interface ChartBucket {
  /** Accessible name of the period, e.g. `Agustus 2017`. */
  label: string;
  /** Text under the bar; omitted on dense charts. */
  axisLabel?: string;
  href?: string;
  /** Count per series index. */
  counts: number[];
}

export interface ChartSeries {
  label: string;
  className: string;
}

export interface ChartRect {
  y: number;
  height: number;
  className: string;
}

export interface ChartBar {
  x: number;
  width: number;
  total: number;
  href?: string;
  /** e.g. `Agustus 2017: 3 artikel`. */
  label: string;
  rects: ChartRect[];
}

export interface BarChart {
  title: string;
  /** True when bars link to their period; the chart is then a group of links instead of one image. */
  linked: boolean;
  /** Accessible description of an unlinked chart: the title and every non-empty bar. */
  summary: string;
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  bars: ChartBar[];
  xLabels: { x: number; text: string }[];
  yLabels: { y: number; text: string }[];
  /** Only the series that occur in the chart. */
  legend: ChartSeries[];
}

const HEIGHT = 180;
const TOP = 10;
const BOTTOM = 24;
const LEFT = 28;
const RIGHT = 8;

function slotWidth(bucketCount: number): number {
  if (bucketCount > 60) return 8;
  if (bucketCount > 20) return 16;
  return 40;
}

export function buildBarChart(options: {
  title: string;
  buckets: ChartBucket[];
  series: ChartSeries[];
  unit: string;
}): BarChart {
  const { buckets, series, unit } = options;
  const slot = slotWidth(buckets.length);
  const plotBottom = HEIGHT - BOTTOM;
  const plotHeight = plotBottom - TOP;
  const totals = buckets.map((bucket) => bucket.counts.reduce((sum, count) => sum + count, 0));
  const max = Math.max(1, ...totals);
  const scale = plotHeight / max;
  const barWidth = Math.max(2, Math.round(slot * 0.7));
  const used = new Set<number>();

  const bars = buckets.map((bucket, index) => {
    const x = LEFT + index * slot + (slot - barWidth) / 2;
    let top = plotBottom;
    const rects: ChartRect[] = [];
    bucket.counts.forEach((count, seriesIndex) => {
      if (count === 0) return;
      used.add(seriesIndex);
      const height = count * scale;
      top -= height;
      rects.push({ y: round(top), height: round(height), className: series[seriesIndex]?.className ?? '' });
    });
    const total = totals[index] ?? 0;
    return {
      x: round(x),
      width: barWidth,
      total,
      ...(total > 0 && bucket.href ? { href: bucket.href } : {}),
      label: `${bucket.label}: ${total} ${unit}`,
      rects,
    };
  });

  const filled = bars.filter((bar) => bar.total > 0);
  return {
    title: options.title,
    linked: filled.some((bar) => bar.href !== undefined),
    summary: [options.title, ...filled.map((bar) => bar.label)].join('; '),
    width: LEFT + buckets.length * slot + RIGHT,
    height: HEIGHT,
    plotTop: TOP,
    plotBottom,
    plotLeft: LEFT,
    bars,
    xLabels: buckets.flatMap((bucket, index) =>
      bucket.axisLabel ? [{ x: round(LEFT + index * slot + slot / 2), text: bucket.axisLabel }] : [],
    ),
    yLabels: [0, max].map((value) => ({ y: round(plotBottom - value * scale), text: String(value) })),
    legend: series.filter((_, index) => used.has(index)),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
