/**
 * Geometry of a build-time SVG bar chart: stacked bars (one colour per
 * series), each linking to its period. Templates only draw what this returns,
 * so the chart needs no client JavaScript. The chart is drawn at its own size,
 * never scaled down (a chart wider than the screen scrolls), so its labels and
 * tap targets keep the sizes set here on a phone.
 */

export interface ChartBucket {
  /** Accessible name of the period, e.g. `Agustus 2017`. */
  label: string;
  /** Text under the bar; left out where it would touch its neighbour's. */
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
  /** The bar's whole column, the link's tap target: `slot` wide, the plot's height. */
  slotX: number;
  /** e.g. `Agustus 2017`. */
  period: string;
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
  slot: number;
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
/** The smallest tap target WCAG 2.2 allows (2.5.8), in CSS px. */
const MIN_SLOT = 24;
const MAX_SLOT = 40;
/** The narrowest screen a chart should fit without scrolling, less the page's side padding. */
const FIT_WIDTH = 328;
const GAP = 6;
/** Axis labels are 12 px (site.css); a character of them is at most this wide. */
const LABEL_CHAR_WIDTH = 7.5;

/** As wide as fits a 360 px screen, between the smallest tap target and MAX_SLOT. */
function slotWidth(bucketCount: number): number {
  const fitting = Math.floor((FIT_WIDTH - LEFT - RIGHT) / Math.max(1, bucketCount));
  return Math.min(MAX_SLOT, Math.max(MIN_SLOT, fitting));
}

/** Axis labels left to right, leaving out each one that would touch the one before. */
function spacedLabels(labels: { x: number; text: string }[]): { x: number; text: string }[] {
  let freeFrom = -Infinity;
  return labels.filter((label) => {
    const half = (label.text.length * LABEL_CHAR_WIDTH) / 2;
    if (label.x - half < freeFrom) return false;
    freeFrom = label.x + half + 4;
    return true;
  });
}

export function buildBarChart(options: {
  title: string;
  buckets: ChartBucket[];
  series: ChartSeries[];
  unit: string;
  /** The value the plot's top stands for, to share a scale between charts; default the largest bar. */
  max?: number;
}): BarChart {
  const { buckets, series, unit } = options;
  const slot = slotWidth(buckets.length);
  const plotBottom = HEIGHT - BOTTOM;
  const plotHeight = plotBottom - TOP;
  const totals = buckets.map((bucket) => bucket.counts.reduce((sum, count) => sum + count, 0));
  const max = Math.max(1, options.max ?? 0, ...totals);
  const scale = plotHeight / max;
  const barWidth = slot - GAP;
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
      slotX: LEFT + index * slot,
      period: bucket.label,
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
    slot,
    bars,
    xLabels: spacedLabels(
      buckets.flatMap((bucket, index) => (bucket.axisLabel ? [{ x: round(LEFT + index * slot + slot / 2), text: bucket.axisLabel }] : [])),
    ),
    yLabels: [0, max].map((value) => ({ y: round(plotBottom - value * scale), text: String(value) })),
    legend: series.filter((_, index) => used.has(index)),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
