import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { text } from '../../i18n/localized';
import { detectEncoding } from '../../cmsExports/readers/encoding';
import { UnusableFileError } from '../../cmsExports/readers/sheet';

export type RegulationFileFormat = 'markdown' | 'text' | 'docx';

/** A law or court rule read as text, ready for the regulation parser. */
export interface RegulationFileText {
  readonly format: RegulationFileFormat;
  readonly text: string;
  /** SHA-256 of the file's bytes, for the import ledger. */
  readonly fileHash: string;
}

/** The file extensions `docket rules import` reads; in a directory import every other file is reported as rejected. */
const REGULATION_FILE_EXTENSIONS: Readonly<Record<string, RegulationFileFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.promises.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new UnusableFileError(text(`无法读取文件 ${file}（${code}）`, `cannot read ${file} (${code})`));
  }
}

/**
 * Word's own text, paragraph by paragraph. Raw text rather than HTML: the regulation parser reads structure from the
 * words of each line (第X条, 第X章), and a paragraph is a line.
 */
async function docxText(bytes: Buffer, name: string): Promise<string> {
  if (!ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) {
    if (OLE_MAGIC.every((byte, index) => bytes[index] === byte)) {
      throw new UnusableFileError(
        text(
          `${name} 是旧版 Word（.doc）文件：请在 Word 中另存为 .docx 后再导入`,
          `${name} is an old Word (.doc) file: save it as .docx in Word, then import that`,
        ),
      );
    }
    throw new UnusableFileError(text(`${name} 不是有效的 .docx 文件`, `${name} is not a valid .docx file`));
  }
  try {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    throw new UnusableFileError(
      text(
        `无法读取 Word 文件 ${name}：${(error as Error).message}`,
        `cannot read the Word file ${name}: ${(error as Error).message}`,
      ),
    );
  }
}

/**
 * Reads a regulation document: Markdown or plain text (UTF-8, UTF-16 with a BOM, or GBK as Chinese Windows writes it)
 * or Word .docx. PDF is refused with what to do instead: the pdf.js line that still runs on Node 20 gets no
 * more fixes, and text pulled out of a PDF does not keep the line starts the article parser depends on.
 */
export async function readRegulationFile(file: string): Promise<RegulationFileText> {
  const name = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf') {
    throw new UnusableFileError(
      text(
        `${name}：不支持 PDF。PDF 提取出的文字会丢失逐行的条文结构；请用 Word 另存为 .docx，或复制为 .txt 后再导入`,
        `${name}: PDF is not supported, because text taken out of a PDF loses the line structure articles are read from; save it as .docx from Word, or copy the text into a .txt file, then import that`,
      ),
    );
  }
  if (extension === '.doc') {
    throw new UnusableFileError(
      text(
        `${name} 是旧版 Word（.doc）文件：请在 Word 中另存为 .docx 后再导入`,
        `${name} is an old Word (.doc) file: save it as .docx in Word, then import that`,
      ),
    );
  }
  const format = REGULATION_FILE_EXTENSIONS[extension];
  if (!format) {
    throw new UnusableFileError(
      text(
        `${name}：不支持的文件类型（可导入 .md、.txt、.docx）`,
        `${name}: not a supported file type (import .md, .txt or .docx)`,
      ),
    );
  }
  const bytes = await readBytes(file);
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new UnusableFileError(text(`${name} 是空文件`, `${name} is empty`));
  if (format === 'docx') return { format, text: await docxText(bytes, name), fileHash };
  const encoding = detectEncoding(bytes.subarray(0, 64 * 1024));
  // iconv drops a UTF-8 or UTF-16 byte-order mark itself.
  return {
    format,
    text: iconv.decode(bytes, encoding === 'utf16le' ? 'utf16le' : encoding === 'gbk' ? 'gb18030' : 'utf8'),
    fileHash,
  };
}
