import { parseExportDate } from '../../src/cmsExports/dates';
import { parseAmount } from '../../src/cmsExports/numbers';

const value = (input: Parameters<typeof parseExportDate>[0]) => {
  const parsed = parseExportDate(input);
  return parsed.ok ? parsed.value : `error: ${parsed.reason.en}`;
};

describe('dates as case-management exports write them', () => {
  it.each([
    ['2024-08-31', '2024-08-31'],
    ['2024/8/31', '2024-08-31'],
    ['2024.8.31', '2024-08-31'],
    ['2024年8月31日', '2024-08-31'],
    ['2024年8月31', '2024-08-31'],
    ['20240831', '2024-08-31'],
    ['2024-08-31 14:30:00', '2024-08-31'],
    ['２０２４－０８－３１', '2024-08-31'],
    ['45535', '2024-08-31'],
  ])('reads %s as %s', (input, expected) => expect(value(input)).toBe(expected));

  it('reads Excel serial numbers and Excel date cells', () => {
    expect(value(45535)).toBe('2024-08-31');
    expect(value(45535.75)).toBe('2024-08-31');
    expect(value(new Date(Date.UTC(2024, 7, 31)))).toBe('2024-08-31');
  });

  it('treats an empty cell and the usual placeholders as no date', () => {
    for (const blank of ['', '  ', '-', '—', '/', null]) expect(value(blank)).toBeNull();
  });

  it('refuses dates that do not exist, mixed separators, implausible years and free text', () => {
    expect(value('2024-02-30')).toMatch(/does not exist/);
    expect(value('2023/2/29')).toMatch(/does not exist/);
    expect(value('2024-8/31')).toMatch(/unrecognised/);
    expect(value('2204-08-31')).toMatch(/implausible/);
    expect(value('下周一')).toMatch(/unrecognised/);
    expect(value(12)).toMatch(/not a valid Excel date/);
  });
});

describe('amounts', () => {
  const amount = (input: Parameters<typeof parseAmount>[0], unit: 1 | 10000 = 1) => {
    const parsed = parseAmount(input, unit);
    return parsed.ok ? parsed.value : 'error';
  };
  it('reads 元 and 万元 exactly', () => {
    expect(amount('12,000.00')).toBe('12000.00');
    expect(amount('¥4800元')).toBe('4800.00');
    expect(amount('1.5万元')).toBe('15000.00');
    expect(amount('12.5', 10000)).toBe('125000.00');
    expect(amount(0.1 + 0.2)).toBe('0.30');
    expect(amount('12.345')).toBe('error');
    expect(amount('')).toBeNull();
  });
});
