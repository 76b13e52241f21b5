/**
 * Draws a BarChart from src/site/chart.ts. Linked bars are keyboard-focusable links; a chart without links is one
 * image whose name lists the non-empty bars.
 */
import type { BarChart } from '../../../src/site/chart.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { UiStrings } from '../../../src/site/i18n.ts';

export function barChart(chart: BarChart, id: string, strings: UiStrings): Html {
  return html`<figure class="chart">
  <svg class="chart__svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}"
    ${chart.linked ? html`role="group" aria-labelledby="${id}-caption"` : html`role="img" aria-label="${chart.summary}"`}>
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
  <figcaption id="${id}-caption">
    <span class="chart__title">${chart.title}</span>
    ${chart.legend.length > 1
      ? html`<span class="visually-hidden">${strings.legend}:</span>
    <ul class="legend">
      ${chart.legend.map((item) => html`<li><span class="swatch ${item.className}" aria-hidden="true"></span>${item.label}</li>`)}
    </ul>`
      : ''}
  </figcaption>
</figure>`;
}
