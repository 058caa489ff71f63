import fs from 'node:fs';
import path from 'node:path';
import { text, type Localized } from '../../i18n/localized';
import { openCsvSheet } from './csvSheet';
import { EmptyExportError, UnusableFileError, type Sheet } from './sheet';
import type * as XlsxSheet from './xlsxSheet';

export { EmptyExportError, UnusableFileError, type Sheet, type SheetRow } from './sheet';

/** The XLSX reader and exceljs are loaded only when a workbook is opened (their memory: docs/importing.md). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xlsxSheet = (): typeof XlsxSheet => require('./xlsxSheet');

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE2 container of pre-2007 .xls workbooks. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const HEAD_BYTES = 64 * 1024;

export interface OpenSheetOptions {
  /** Overrides the detected CSV encoding. */
  readonly encoding?: 'utf8' | 'gbk';
}

/** Opens a CSV or XLSX export, decided by its content rather than its name. */
export async function openSheet(file: string, options: OpenSheetOptions = {}): Promise<Sheet> {
  const { head, size } = await readHead(file);
  if (size === 0) throw new EmptyExportError(emptyExport(file));
  const starts = (magic: number[]) => magic.every((byte, index) => head[index] === byte);
  if (starts(OLE_MAGIC)) {
    throw new UnusableFileError(
      text(
        '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入',
        'this is an old Excel (.xls) workbook: save it as .xlsx or CSV in Excel, then import that',
      ),
    );
  }
  if (!starts(ZIP_MAGIC)) {
    if (looksBinary(head))
      throw new UnusableFileError(
        text(
          `${path.basename(file)} 不是 CSV 或 XLSX 文件（内容是二进制数据，不是文字）：请从审判流程管理系统导出 CSV 或 Excel（.xlsx）后再导入`,
          `${path.basename(file)} is not a CSV or XLSX file (it holds binary data, not text): export CSV or Excel (.xlsx) from the case-management system and import that`,
        ),
      );
    return openCsvSheet(file, head, size, options.encoding);
  }
  await checkZipComplete(file, size);
  return xlsxSheet().openXlsxSheet(file, size);
}

/** What an importer says of an export with no data rows: an empty file, or a header alone. */
export function emptyExport(file: string): Localized {
  const name = path.basename(file);
  return text(
    `${name} 中没有数据行（文件为空或只有表头），可能是导出出错：未导入任何内容，也不算一次数据更新；请检查导出后重新导入`,
    `${name} holds no data rows (it is empty, or a header alone); the export probably went wrong. Nothing was imported and this does not count as fresh data: check the export and import again`,
  );
}

/**
 * Text, in any encoding Docket reads, has no NUL bytes (but UTF-16, which starts with its byte-order
 * mark) and hardly any control characters; a PDF, an image or a zip archive renamed .csv has plenty.
 */
function looksBinary(head: Buffer): boolean {
  if (head[0] === 0xff && head[1] === 0xfe) return false;
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) control++;
  }
  return control > sample.length / 100;
}

const EOCD_SIGNATURE = 0x06054b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 64 KiB. */
const EOCD_SEARCH = 22 + 0xffff;

/**
 * A zip is read front to back but indexed at its end. exceljs, given a workbook cut off after the
 * sheet, waits forever for the shared strings instead of failing; a truncated file lacks the
 * closing directory, so checking for it first turns that hang into a clear error.
 */
async function checkZipComplete(file: string, size: number): Promise<void> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const length = Math.min(size, EOCD_SEARCH);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    for (let at = length - 22; at >= 0; at--) {
      if (tail.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
      const directoryEnd = tail.readUInt32LE(at + 16) + tail.readUInt32LE(at + 12);
      if (directoryEnd <= size - length + at) return;
      break;
    }
  } finally {
    await handle.close();
  }
  throw new UnusableFileError(
    text(
      'XLSX 文件不完整（缺少文件末尾的目录），可能在复制或下载时被截断；请重新导出',
      'the XLSX file is incomplete or damaged (its closing directory is missing): it was probably cut off while copying or downloading; export it again',
    ),
  );
}

async function readHead(file: string): Promise<{ head: Buffer; size: number }> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new UnusableFileError(text(`无法打开文件 ${file}（${code}）`, `cannot open ${file} (${code})`));
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await handle.read(head, 0, head.length, 0);
    return { head, size };
  } finally {
    await handle.close();
  }
}

/** The text of a mapping file (parsed and validated by src/cmsExports/mappingFile). */
export async function readMappingSource(file: string): Promise<string> {
  try {
    return await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new UnusableFileError(
      text(`无法读取映射文件 ${file}（${code}）`, `cannot read the mapping file ${file} (${code})`),
    );
  }
}
