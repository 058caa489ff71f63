import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY } from './teamChart';

/**
 * SVG → PNG with resvg (a prebuilt binary from npm) and Noto Sans SC from the @embedpdf/fonts-sc npm
 * package: Chinese labels render on any machine that ran `npm install`, with no system fonts.
 */
function fontFile(): string {
  // The package exports only its index; the OTF files sit beside it in fonts/.
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: [fontFile()], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY }, background: '#ffffff' });
  return resvg.render().asPng();
}
