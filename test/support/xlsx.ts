// Before exceljs, as the importer does (see src/cmsExports/readers/exceljsUtf8.ts).
import '../../src/cmsExports/readers/exceljsUtf8';
import ExcelJS from 'exceljs';

/** Writes a one-sheet workbook the way Excel does (shared strings, date cells styled as dates). */
export async function writeWorkbook(
  file: string,
  rows: readonly (readonly (string | number | Date | null)[])[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('案件');
  for (const row of rows) sheet.addRow([...row]);
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    }),
  );
  await workbook.xlsx.writeFile(file);
}
