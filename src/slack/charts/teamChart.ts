import type { Comparison } from '../../domain/metrics';
import { formatMetricValue, metricDefinition } from '../../domain/metrics';
import type { Locale } from '../../i18n';

/** The family name Noto Sans SC (from npm, see png.ts) declares itself by, so resvg finds the font by name rather than by falling back to the only one loaded. */
export const CHART_FONT_FAMILY = 'Noto Sans S Chinese';

const PANEL_WIDTH = 380;
const PANEL_HEIGHT = 230;
const COLUMNS = 2;
const COLORS = { bar: '#4C78A8', viewer: '#F58518', target: '#D62728', axis: '#888888', text: '#222222' };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Small multiples: one panel per metric, a bar per team (labelled as the comparison labels it, so an
 * anonymized comparison stays anonymized in the picture), a red tick at each team's target. Built as
 * SVG text so tests can read it; png.ts rasterises it.
 */
export function teamChartSvg(locale: Locale, title: string, comparisons: readonly Comparison[]): string {
  const rows = Math.max(1, Math.ceil(comparisons.length / COLUMNS));
  const width = PANEL_WIDTH * COLUMNS;
  const height = 50 + rows * PANEL_HEIGHT;
  const panels = comparisons.map((comparison, index) => panel(locale, comparison, (index % COLUMNS) * PANEL_WIDTH, 50 + Math.floor(index / COLUMNS) * PANEL_HEIGHT));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="20" y="32" font-size="20" fill="${COLORS.text}">${escapeXml(title)}</text>`,
    ...panels,
    '</svg>',
  ].join('\n');
}

function panel(locale: Locale, comparison: Comparison, x: number, y: number): string {
  const definition = metricDefinition(comparison.metric);
  const name = locale === 'en' ? definition.nameEn : definition.nameZh;
  const values = comparison.rows.flatMap((row) => [row.value ?? 0, row.target ?? 0]);
  const max = Math.max(1, ...values) * 1.1;
  const plotTop = y + 40;
  const plotHeight = PANEL_HEIGHT - 90;
  const plotLeft = x + 20;
  const plotWidth = PANEL_WIDTH - 40;
  const slot = plotWidth / Math.max(1, comparison.rows.length);
  const barWidth = Math.min(40, slot * 0.6);
  const parts = [
    `<text x="${plotLeft}" y="${y + 24}" font-size="15" fill="${COLORS.text}">${escapeXml(name)}</text>`,
    `<line x1="${plotLeft}" y1="${plotTop + plotHeight}" x2="${plotLeft + plotWidth}" y2="${plotTop + plotHeight}" stroke="${COLORS.axis}"/>`,
  ];
  comparison.rows.forEach((row, index) => {
    const center = plotLeft + slot * index + slot / 2;
    const label = escapeXml(locale === 'en' ? row.labelEn : row.label);
    const barHeight = row.value === null ? 0 : (row.value / max) * plotHeight;
    parts.push(
      `<rect x="${center - barWidth / 2}" y="${plotTop + plotHeight - barHeight}" width="${barWidth}" height="${barHeight}" fill="${row.viewer ? COLORS.viewer : COLORS.bar}"/>`,
      `<text x="${center}" y="${plotTop + plotHeight - barHeight - 4}" font-size="11" text-anchor="middle" fill="${COLORS.text}">${escapeXml(formatMetricValue(comparison.metric, row.value, locale))}</text>`,
      `<text x="${center}" y="${plotTop + plotHeight + 18}" font-size="12" text-anchor="middle" fill="${COLORS.text}">${label}</text>`,
    );
    if (row.target !== null) {
      const targetY = plotTop + plotHeight - (row.target / max) * plotHeight;
      parts.push(`<line x1="${center - barWidth / 2 - 4}" y1="${targetY}" x2="${center + barWidth / 2 + 4}" y2="${targetY}" stroke="${COLORS.target}" stroke-width="3"/>`);
    }
  });
  return parts.join('\n');
}
