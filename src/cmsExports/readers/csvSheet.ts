import type { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import iconv from 'iconv-lite';
import { text } from '../../i18n/localized';
import { detectDelimiter, detectEncoding } from './encoding';
import { UnusableFileError, type CsvEncoding, type Sheet, type SheetRow } from './sheet';
import { streamedSheet } from './streamedSheet';

/** Enough of the file to judge its encoding and read its first lines. */
const SAMPLE_BYTES = 64 * 1024;

/** GBK is read as GB18030, its superset, so rarer characters in names (e.g. 䶮) survive. */
const DECODER: Record<CsvEncoding, string> = { utf8: 'utf8', gbk: 'gb18030', utf16le: 'utf16le' };

export function openCsvSheet(file: string, head: Buffer, size: number, forced?: 'utf8' | 'gbk'): Sheet {
  const encoding = forced ?? detectEncoding(head.subarray(0, SAMPLE_BYTES));
  const firstLine = iconv.decode(head.subarray(0, SAMPLE_BYTES), DECODER[encoding]).split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);

  async function* parseCsv(input: Readable): AsyncIterable<SheetRow> {
    // iconv drops a UTF-8 or UTF-16 byte-order mark itself.
    // Each record becomes its row as it is parsed: csv-parse's `info` option would attach a copy of its
    // bookkeeping (a dozen fields) to every row of a chunk while the chunk waits to be consumed.
    const options: Options<SheetRow, string[]> = {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: false,
      on_record: (record, info) => ({ row: info.lines, cells: record }),
    };
    // csv-parse pushes whatever on_record returns, but its types allow a different shape only with `columns`.
    yield* input
      .pipe(iconv.decodeStream(DECODER[encoding]))
      .pipe(parse(options as unknown as Options)) as AsyncIterable<SheetRow>;
  }

  return streamedSheet(file, size, { format: 'csv', encoding, parse: parseCsv, problem: csvProblem });
}

function csvProblem(error: unknown): Error {
  const { code, lines } = error as { code?: string; lines?: number };
  if (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE') {
    return new UnusableFileError(
      text(
        `CSV 第 ${lines ?? '?'} 行附近的引号不成对，文件可能被截断或格式有误`,
        `unbalanced quotes near line ${lines ?? '?'} of the CSV: the file may be truncated or malformed`,
      ),
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
