import type { CsvEncoding } from './sheet';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => head[index] === byte);
}

/**
 * The encoding of a CSV from its first bytes. A BOM decides; otherwise text that decodes as UTF-8 is
 * UTF-8 — GBK-encoded Chinese is practically never valid UTF-8 — and anything else is taken as GBK
 * (decoded as its superset GB18030), what Chinese Windows and court systems write by default.
 */
export function detectEncoding(head: Uint8Array): CsvEncoding {
  if (startsWith(head, UTF8_BOM)) return 'utf8';
  if (startsWith(head, UTF16LE_BOM)) return 'utf16le';
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gbk';
  }
}

/** The field separator of a CSV from its first line: court systems write commas, tabs or semicolons. */
export function detectDelimiter(firstLine: string): string {
  const candidates = [',', '\t', ';'];
  const counts = candidates.map((delimiter) => firstLine.split(delimiter).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ',' : (candidates[counts.indexOf(best)] as string);
}
