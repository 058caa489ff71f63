import path from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY } from './teamChart';

/**
 * SVG → PNG with resvg (a prebuilt binary from npm) and Noto Sans SC from the @embedpdf/fonts-sc npm
 * package: Chinese labels render on any machine that ran `npm install`, with no system fonts.
 */
function fontFile(): string {
  // The package exports only its index; the OTF files sit beside it in fonts/.
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

const OPTIONS: ResvgRenderOptions = { font: { fontFiles: [fontFile()], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY }, background: '#ffffff' };

/**
 * Rasterises on libuv's thread pool, not the event loop. resvg-js takes fonts by path only and reads the
 * 8 MB font file again for each glyph it draws, so a weekly chart (about a hundred labels) costs some
 * 0.7 s of CPU, nearly all of it in the kernel; rendered synchronously, a weekly run held the event
 * loop — which `docket serve` shares with Slack's requests and their 3-second acks — for all of its
 * recipients' charts at once (14 s on the bench at load 7).
 */
export async function renderPng(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, OPTIONS)).asPng();
}
