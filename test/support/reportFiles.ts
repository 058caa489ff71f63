// Before exceljs, as the importer does (see src/cmsExports/readers/exceljsUtf8.ts).
import '../../src/cmsExports/readers/exceljsUtf8';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A .docx read back as Word stores it: the body's paragraphs as text, its XML, and the pictures it holds. */
export async function readDocx(
  data: Buffer,
): Promise<{ paragraphs: string[]; text: string; xml: string; media: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((text) =>
        (text[1] ?? '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
      )
      .join(''),
  );
  return {
    paragraphs,
    text: paragraphs.join('\n'),
    xml,
    media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')),
  };
}

/** A workbook read back with exceljs: each sheet's rows as arrays of values (header first). */
export async function readWorkbook(data: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets.set(sheet.name, rows);
  });
  return sheets;
}
