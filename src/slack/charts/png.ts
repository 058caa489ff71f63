import path from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FontSubsets } from './fontSubset';
import { CHART_FONT_FAMILY } from './teamChart';

/**
 * SVG → PNG with resvg (a prebuilt binary from npm) and Noto Sans SC from the @embedpdf/fonts-sc npm
 * package: Chinese labels render on any machine that ran `npm install`, with no system fonts.
 */
export function fullFontFile(): string {
  // The package exports only its index; the OTF files sit beside it in fonts/.
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

/** resvg's options with this font file as the only font. */
export function renderOptions(fontFile: string): ResvgRenderOptions {
  return {
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
    background: '#ffffff',
  };
}

const subsets = new FontSubsets({ fontFile: fullFontFile() });
let subsetFailureReported = false;

/**
 * resvg-js takes fonts by path only and reads the font file again for each glyph it draws: with the whole
 * Noto Sans SC a weekly chart's hundreds of glyphs cost far more CPU than the drawing, nearly all of it in
 * the kernel. So each picture gets the font cut down to its own characters (fontSubset.ts: HarfBuzz's
 * subsetter, small files reused per character set): the same pixels at a fraction of the cost
 * (docs/digests.md has bench:digests' figures). Rasterising runs on libuv's thread pool, not the event loop, which
 * `docket serve` shares with Slack's requests and their 3-second acks.
 * Should subsetting ever fail, the picture is drawn with the whole font: right, only slow.
 */
export async function renderPng(svg: string): Promise<Buffer> {
  let lease;
  try {
    lease = await subsets.lease(svg);
  } catch (error) {
    if (!subsetFailureReported) {
      subsetFailureReported = true;
      const reason = error instanceof Error ? error.message : String(error);
      process.emitWarning(
        `chart font subsetting failed, charts use the whole font, many times slower to draw (docs/digests.md): ${reason}`,
      );
    }
    return (await renderAsync(svg, renderOptions(fullFontFile()))).asPng();
  }
  try {
    return (await renderAsync(svg, renderOptions(lease.file))).asPng();
  } finally {
    lease.release();
  }
}
