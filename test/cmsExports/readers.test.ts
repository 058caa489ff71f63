import fs from 'node:fs';
import iconv from 'iconv-lite';
import { EmptyExportError, openSheet, UnusableFileError, type SheetRow } from '../../src/cmsExports/readers';
import { fixture, scratchDir } from '../support/importFixtures';
import { writeWorkbook } from '../support/xlsx';

async function readAll(file: string, options = {}): Promise<SheetRow[]> {
  const sheet = await openSheet(file, options);
  const rows: SheetRow[] = [];
  for await (const row of sheet.rows) rows.push(row);
  return rows;
}

describe('reading exports', () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());
  const csv = '案号,案由\n（2024）内0291民初1号,民间借贷纠纷\n';

  it('reads UTF-8 with and without a byte-order mark alike', async () => {
    const plain = await readAll(scratch.file('plain.csv', csv));
    const withBom = await readAll(
      scratch.file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])),
    );
    expect(withBom).toEqual(plain);
    expect(plain[0]?.cells).toEqual(['案号', '案由']);
  });

  it('detects a GBK export and decodes it', async () => {
    const sheet = await openSheet(fixture('cases-gbk.csv'));
    expect(sheet.encoding).toBe('gbk');
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    expect(rows[1]?.cells.slice(0, 3)).toEqual(['案件编号', '收案日期', '承办法官']);
    expect(sheet.sha256()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes --encoding over detection', async () => {
    const file = scratch.file('gbk-forced.csv', iconv.encode(csv, 'gbk'));
    expect((await openSheet(file, { encoding: 'gbk' })).encoding).toBe('gbk');
    expect((await readAll(file, { encoding: 'gbk' }))[1]?.cells[1]).toBe('民间借贷纠纷');
  });

  it('reads tab-separated exports and numbers rows as the spreadsheet does', async () => {
    const rows = await readAll(scratch.file('tabs.csv', '案号\t案由\n\n（2024）内0291民初1号\t合同纠纷\n'));
    expect(rows.map((row) => row.row)).toEqual([1, 3]);
    expect(rows[1]?.cells).toEqual(['（2024）内0291民初1号', '合同纠纷']);
  });

  it('refuses an empty file, an old .xls and a CSV cut off inside quotes', async () => {
    await expect(readAll(scratch.file('empty.csv', ''))).rejects.toThrow(UnusableFileError);
    await expect(
      readAll(scratch.file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))),
    ).rejects.toThrow(/\.xls/);
    await expect(readAll(scratch.file('cut.csv', '案号,案由\n"（2024）内0291民初1号,合同'))).rejects.toThrow(/quotes/);
  });

  it('says a file of binary data renamed .csv is not a CSV, and an empty file holds no data rows', async () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n%'),
      Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01, 0x02]),
    ]);
    await expect(readAll(scratch.file('cases.csv', pdf))).rejects.toThrow(/cases\.csv is not a CSV or XLSX file/);
    await expect(readAll(scratch.file('empty.csv', ''))).rejects.toThrow(EmptyExportError);
    // GBK text and a UTF-16 export with its byte-order mark are text.
    expect(await readAll(fixture('cases-gbk.csv'))).not.toHaveLength(0);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('案号,案由\n（2024）内0291民初1号,合同纠纷\n', 'utf16le'),
    ]);
    expect((await readAll(scratch.file('utf16.csv', utf16)))[1]?.cells).toEqual(['（2024）内0291民初1号', '合同纠纷']);
  });

  it('reads XLSX date cells as dates and numbers as numbers', async () => {
    const file = scratch.file('dates.xlsx');
    await writeWorkbook(file, [
      ['案号', '立案日期', '标的额'],
      ['（2024）内0291民初1号', new Date(Date.UTC(2024, 7, 31)), 12000.5],
    ]);
    const rows = await readAll(file);
    expect(rows[1]?.row).toBe(2);
    expect(rows[1]?.cells).toEqual(['（2024）内0291民初1号', new Date(Date.UTC(2024, 7, 31)), 12000.5]);
  });

  it('keeps Chinese text whole across the chunks of a large XLSX', async () => {
    const file = scratch.file('chinese.xlsx');
    await writeWorkbook(file, [['案号'], ...Array.from({ length: 5000 }, (_, i) => [`（2024）内0291民初${i + 1}号`])]);
    const numbers = (await readAll(file)).slice(1).map((row) => row.cells[0]);
    expect(numbers.filter((number) => String(number).includes('\uFFFD'))).toEqual([]);
    expect(numbers[4999]).toBe('（2024）内0291民初5000号');
  });

  it('says a truncated XLSX is incomplete instead of importing part of it', async () => {
    const whole = scratch.file('whole.xlsx');
    await writeWorkbook(whole, [
      ['案号', '案由'],
      ...Array.from({ length: 2000 }, (_, i) => [`（2024）内0291民初${i + 1}号`, '合同纠纷']),
    ]);
    const bytes = fs.readFileSync(whole);
    const cut = scratch.file('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(readAll(cut)).rejects.toThrow(UnusableFileError);
    await expect(readAll(cut)).rejects.toThrow(/incomplete or damaged/);
  });
});
