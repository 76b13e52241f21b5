/**
 * Draws a BarChart from src/site/chart.ts at its own size, in a box that scrolls sideways when the screen is
 * narrower. Linked bars are keyboard-focusable links whose tap target is the bar's whole column; a chart without
 * links is one image whose name lists the non-empty bars. The caption (title, legend) comes first, as a chart's key
 * is read before the chart; below the chart, the same figures as a table.
 */
import type { BarChart, ChartSeries } from '../../../src/site/chart.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { UiStrings } from '../../../src/site/i18n.ts';

/** The narrowest screen the site is laid out for: an unlinked chart wider than this scrolls and takes focus to do so. */
const NARROW_SCREEN = 360;

export interface BarChartOptions {
  /** Show the chart's title and legend under it (default); without, `labelledBy` names the chart. */
  caption?: boolean;
  labelledBy?: string;
}

export function chartLegend(legend: readonly ChartSeries[], strings: UiStrings): Html | '' {
  if (legend.length <= 1) return '';
  return html`<span class="visually-hidden">${strings.legend}:</span>
    <ul class="legend">
      ${legend.map((item) => html`<li><span class="swatch ${item.className}" aria-hidden="true"></span>${item.label}</li>`)}
    </ul>`;
}

export function barChart(chart: BarChart, id: string, strings: UiStrings, options: BarChartOptions = {}): Html {
  const caption = options.caption ?? true;
  const nameId = caption ? `${id}-caption` : (options.labelledBy ?? `${id}-caption`);
  const scrolls = !chart.linked && chart.width > NARROW_SCREEN;
  const plotHeight = chart.plotBottom - chart.plotTop;
  return html`<figure class="chart">
  ${caption
    ? html`<figcaption id="${id}-caption">
    <span class="chart__title">${chart.title}</span>
    ${chartLegend(chart.legend, strings)}
  </figcaption>`
    : ''}
  <div class="chart__scroll"${scrolls ? html` tabindex="0" role="region" aria-labelledby="${nameId}"` : ''}>
  <svg class="chart__svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}"
    ${chart.linked ? html`role="group" aria-labelledby="${nameId}"` : html`role="img" aria-label="${chart.summary}"`}>
    <line class="chart__axis" x1="${chart.plotLeft}" y1="${chart.plotBottom}" x2="${chart.width}" y2="${chart.plotBottom}"/>
    ${chart.yLabels.map(
      (label) => html`<text class="chart__label" x="${chart.plotLeft - 4}" y="${label.y}" text-anchor="end" dominant-baseline="middle">${label.text}</text>
    `,
    )}
    ${chart.bars.map((bar) => {
      if (!bar.total) return '';
      const rects = bar.rects.map((rect) => html`<rect class="${rect.className}" x="${bar.x}" y="${rect.y}" width="${bar.width}" height="${rect.height}"/>`);
      return bar.href
        ? html`<a class="chart__bar" href="${bar.href}" aria-label="${bar.label}">
      <title>${bar.label}</title>
      <rect class="chart__hit" x="${bar.slotX}" y="${chart.plotTop}" width="${chart.slot}" height="${plotHeight}"/>
      ${rects}
    </a>
    `
        : html`<g class="chart__bar">
      <title>${bar.label}</title>
      ${rects}
    </g>
    `;
    })}
    ${chart.xLabels.map(
      (label) => html`<text class="chart__label" x="${label.x}" y="${chart.height - 6}" text-anchor="middle">${label.text}</text>
    `,
    )}
  </svg>
  </div>
  <details class="chart__data">
    <summary>${strings.chartData}</summary>
    <table>
      <thead><tr><th scope="col">${strings.period}</th><th scope="col">${strings.articlesHeading}</th></tr></thead>
      <tbody>
        ${chart.bars.map((bar) =>
          bar.total
            ? html`<tr><th scope="row">${bar.href ? html`<a href="${bar.href}">${bar.period}</a>` : bar.period}</th><td>${bar.total}</td></tr>
        `
            : '',
        )}
      </tbody>
    </table>
  </details>
</figure>`;
}
