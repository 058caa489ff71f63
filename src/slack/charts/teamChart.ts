import type { Comparison } from '../../domain/metrics';
import { formatMetricValue, metricDefinition } from '../../domain/metrics';
import type { Locale } from '../../i18n';

/**
 * The family name Noto Sans SC (from npm, see png.ts) declares itself by, so resvg finds the font by name rather than
 * by falling back to the only one loaded.
 */
export const CHART_FONT_FAMILY = 'Noto Sans S Chinese';

const PANEL_WIDTH = 380;
const PANEL_TITLE = 40;
const PLOT_HEIGHT = 140;
const PLOT_INSET = 20;
const COLUMNS = 2;
const LABEL_SIZE = 12;
/** Team labels too wide for their slot are set at this slant, so neighbours never overlap. */
const LABEL_SLANT_DEGREES = 40;
const COLORS = { bar: '#4C78A8', viewer: '#F58518', target: '#D62728', axis: '#888888', text: '#222222' };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** About how wide a label is set: Han characters take a full em, Latin letters and digits a little over half. */
function labelWidth(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) as number) >= 0x2e80 ? LABEL_SIZE : LABEL_SIZE * 0.6;
  return width;
}

/** How the team labels under the bars are set, the same in every panel of a chart. */
interface LabelLayout {
  slanted: boolean;
  /** Room below the axis for the labels. */
  height: number;
  /** Room left of each panel for its first slanted label, which reaches back past the panel's edge. */
  overhang: number;
}

function labelLayout(locale: Locale, comparisons: readonly Comparison[]): LabelLayout {
  const teams = Math.max(1, ...comparisons.map((comparison) => comparison.rows.length));
  const slot = (PANEL_WIDTH - 2 * PLOT_INSET) / teams;
  const widest = Math.max(
    0,
    ...comparisons.flatMap((comparison) =>
      comparison.rows.map((row) => labelWidth(locale === 'en' ? row.labelEn : row.label)),
    ),
  );
  if (widest <= slot - 4) return { slanted: false, height: 30, overhang: 0 };
  const slant = (LABEL_SLANT_DEGREES * Math.PI) / 180;
  return {
    slanted: true,
    height: Math.ceil(widest * Math.sin(slant)) + 24,
    overhang: Math.max(0, Math.ceil(widest * Math.cos(slant) - PLOT_INSET - slot / 2) + 4),
  };
}

/** The legend's words, from the message catalogue: the reader's team (orange), the others (blue), the target (red). */
export interface ChartLegend {
  viewer: string;
  /** The other teams, beside the reader's own. */
  otherTeams: string;
  /** Every team, when none is the reader's. */
  teams: string;
  target: string;
}

const TITLE_BAND = 50;
const LEGEND_BAND = 26;
const VALUE_HEAD_ROOM = 1.25;

/**
 * Small multiples: one panel per metric, a bar per team (labelled as the comparison labels it, so an
 * anonymized comparison stays anonymized in the picture), a red tick at each team's target, and a
 * legend for the three marks. A court's eight to ten teams with names like 执行裁决与保全团队 do not fit
 * side by side under a panel's bars, so then every label is slanted and the panels grow to hold them.
 * Built as SVG text so tests can read it; png.ts rasterises it.
 */
export function teamChartSvg(
  locale: Locale,
  title: string,
  comparisons: readonly Comparison[],
  legend: ChartLegend,
): string {
  const labels = labelLayout(locale, comparisons);
  const panelHeight = PANEL_TITLE + PLOT_HEIGHT + labels.height;
  const rows = Math.max(1, Math.ceil(comparisons.length / COLUMNS));
  const columnWidth = labels.overhang + PANEL_WIDTH;
  const width = columnWidth * COLUMNS;
  const top = TITLE_BAND + LEGEND_BAND;
  const height = top + rows * panelHeight;
  const panels = comparisons.map((comparison, index) =>
    panel(
      locale,
      comparison,
      labels,
      (index % COLUMNS) * columnWidth + labels.overhang,
      top + Math.floor(index / COLUMNS) * panelHeight,
    ),
  );
  const hasViewer = comparisons.some((comparison) => comparison.rows.some((row) => row.viewer));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="20" y="32" font-size="20" fill="${COLORS.text}">${escapeXml(title)}</text>`,
    legendSvg(legend, hasViewer, 20 + labels.overhang, TITLE_BAND + 10),
    ...panels,
    '</svg>',
  ].join('\n');
}

/** A swatch and its word for each mark the chart uses; the orange one only where the reader's team is marked. */
function legendSvg(legend: ChartLegend, hasViewer: boolean, x: number, y: number): string {
  const entries: Array<{ mark: (at: number) => string; text: string }> = [
    ...(hasViewer
      ? [
          {
            mark: (at: number) => `<rect x="${at}" y="${y - 6}" width="14" height="12" fill="${COLORS.viewer}"/>`,
            text: legend.viewer,
          },
        ]
      : []),
    {
      mark: (at) => `<rect x="${at}" y="${y - 6}" width="14" height="12" fill="${COLORS.bar}"/>`,
      text: hasViewer ? legend.otherTeams : legend.teams,
    },
    {
      mark: (at) =>
        `<line x1="${at - 2}" y1="${y}" x2="${at + 16}" y2="${y}" stroke="${COLORS.target}" stroke-width="3"/>`,
      text: legend.target,
    },
  ];
  const parts: string[] = [];
  let at = x;
  for (const entry of entries) {
    parts.push(
      entry.mark(at),
      `<text x="${at + 20}" y="${y + 5}" font-size="${LABEL_SIZE}" fill="${COLORS.text}">${escapeXml(entry.text)}</text>`,
    );
    at += 20 + labelWidth(entry.text) + 24;
  }
  return parts.join('\n');
}

function panel(locale: Locale, comparison: Comparison, labels: LabelLayout, x: number, y: number): string {
  const definition = metricDefinition(comparison.metric);
  const name = locale === 'en' ? definition.nameEn : definition.nameZh;
  const values = comparison.rows.flatMap((row) => [row.value ?? 0, row.target ?? 0]);
  // Head room above the tallest bar or target for the value set above it.
  const max = Math.max(1, ...values) * VALUE_HEAD_ROOM;
  const plotTop = y + PANEL_TITLE;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const plotLeft = x + PLOT_INSET;
  const plotWidth = PANEL_WIDTH - 2 * PLOT_INSET;
  const slot = plotWidth / Math.max(1, comparison.rows.length);
  const barWidth = Math.min(40, slot * 0.6);
  // Values above narrow bars are set smaller so that "100.0%" stays within its slot.
  const valueSize = slot < 40 ? 9 : 11;
  const parts = [
    `<text x="${plotLeft}" y="${y + 24}" font-size="15" fill="${COLORS.text}">${escapeXml(name)}</text>`,
    `<line x1="${plotLeft}" y1="${plotBottom}" x2="${plotLeft + plotWidth}" y2="${plotBottom}" stroke="${COLORS.axis}"/>`,
  ];
  comparison.rows.forEach((row, index) => {
    const center = plotLeft + slot * index + slot / 2;
    const label = escapeXml(locale === 'en' ? row.labelEn : row.label);
    const barHeight = row.value === null ? 0 : (row.value / max) * PLOT_HEIGHT;
    const barTop = plotBottom - barHeight;
    const labelY = plotBottom + (labels.slanted ? 14 : 18);
    const labelText = labels.slanted
      ? `<text x="${center}" y="${labelY}" font-size="${LABEL_SIZE}" text-anchor="end" transform="rotate(-${LABEL_SLANT_DEGREES} ${center} ${labelY})" fill="${COLORS.text}">${label}</text>`
      : `<text x="${center}" y="${labelY}" font-size="${LABEL_SIZE}" text-anchor="middle" fill="${COLORS.text}">${label}</text>`;
    parts.push(
      `<rect x="${center - barWidth / 2}" y="${barTop}" width="${barWidth}" height="${barHeight}" fill="${row.viewer ? COLORS.viewer : COLORS.bar}"/>`,
    );
    const targetY = row.target === null ? null : plotBottom - (row.target / max) * PLOT_HEIGHT;
    if (targetY !== null)
      parts.push(
        `<line x1="${center - barWidth / 2 - 4}" y1="${targetY}" x2="${center + barWidth / 2 + 4}" y2="${targetY}" stroke="${COLORS.target}" stroke-width="3"/>`,
      );
    parts.push(
      `<text x="${center}" y="${valueBaseline(barTop, targetY, valueSize)}" font-size="${valueSize}" text-anchor="middle" fill="${COLORS.text}">${escapeXml(formatMetricValue(comparison.metric, row.value, locale))}</text>`,
      labelText,
    );
  });
  return parts.join('\n');
}

/** Space between a value and the mark under it. */
const VALUE_GAP = 4;

/**
 * Where a bar's value is set: just above the bar, unless the target tick lies where the value would be
 * (a tick a little above the bar), in which case above the tick — so the tick never strikes the number.
 */
export function valueBaseline(barTop: number, targetY: number | null, size: number): number {
  const above = barTop - VALUE_GAP;
  if (targetY === null) return above;
  const textTop = above - size;
  const tickHalf = 2;
  return targetY + tickHalf >= textTop && targetY - tickHalf <= barTop ? targetY - tickHalf - VALUE_GAP : above;
}
