import { displayWidth, renderTable } from '../../src/cli/table';

describe('terminal tables', () => {
  it('count a Chinese character, full-width brackets and punctuation as two columns, Latin as one', () => {
    expect(displayWidth('（2024）内0291民初1003号')).toBe(24);
    expect(displayWidth('王明、李华')).toBe(10);
    expect(displayWidth('abc 123')).toBe(7);
  });

  it('line up Chinese and Latin cells, right-align numbers, and cut a long cell but never the last', () => {
    const table = renderTable<[string, string, string]>(
      [
        { header: '案号', value: (row) => row[0], maxWidth: 12 },
        { header: '件数', value: (row) => row[1], align: 'right' },
        { header: '说明', value: (row) => row[2] },
      ],
      [
        ['（2024）内0291民初1003号', '12', '审限将届满，请及时申请延长'],
        ['abc', '3', 'ok'],
      ],
    );
    expect(table.split('\n')).toEqual([
      '案号          件数  说明',
      '────────────  ────  ──────────────────────────',
      '（2024）内0…    12  审限将届满，请及时申请延长',
      'abc              3  ok',
    ]);
  });
});
