import { isLayoutProblem, resolveLayout, type FieldSpec } from '../../src/cmsExports/columns';
import { text } from '../../src/i18n/localized';
import { parseMapping } from '../../src/cmsExports/mappingFile';

type Field = 'caseNumber' | 'judge' | 'filedOn' | 'amount';
const FIELDS: FieldSpec<Field>[] = [
  { key: 'caseNumber', label: text('案号', 'case number'), headers: ['案号', '案件编号'], required: true },
  { key: 'judge', label: text('承办人', 'judge'), headers: ['承办人', '承办法官'] },
  { key: 'filedOn', label: text('立案日期', 'filing date'), headers: ['立案日期', '收案日期'], required: true },
  { key: 'amount', label: text('标的额', 'amount'), headers: ['标的额'] },
];

describe('finding the columns of an export', () => {
  it('recognises header variants in any order, below a title row', () => {
    const layout = resolveLayout(
      [['某法院案件一览表'], ['收案日期', '* 承办法官', '案件编号：', '标的额（万元）', '备注']],
      FIELDS,
    );
    if (isLayoutProblem(layout)) throw new Error('expected a layout');
    expect(layout.headerRowIndex).toBe(1);
    expect(layout.columns.map((column) => [column.field, column.index])).toEqual([
      ['filedOn', 0],
      ['judge', 1],
      ['caseNumber', 2],
      ['amount', 3],
    ]);
    expect(layout.columns.find((column) => column.field === 'amount')?.unit).toBe(10000);
    expect(layout.ignored).toEqual(['备注']);
  });

  it('names the missing required columns and what it found', () => {
    const problem = resolveLayout([['案号', '案由']], FIELDS);
    expect(problem).toEqual({ kind: 'missing', fields: [text('立案日期', 'filing date')], found: ['案号', '案由'] });
  });

  it('refuses to guess between two columns for one field, unless a mapping file chooses', () => {
    const rows = [['案号', '立案日期', '收案日期']];
    expect(resolveLayout(rows, FIELDS)).toMatchObject({ kind: 'conflict', headers: ['立案日期', '收案日期'] });
    const chosen = resolveLayout(rows, FIELDS, new Map([['收案日期', null]]));
    expect(isLayoutProblem(chosen) ? null : chosen.columns.map((column) => column.header)).toEqual([
      '案号',
      '立案日期',
    ]);
  });
});

describe('mapping files', () => {
  const keys = ['caseNumber', 'judge', 'filedOn', 'amount'] as [Field, ...Field[]];
  const catalogues = { procedure: { keys: ['ordinary', 'simple'] } };

  it('maps the court’s own headers and spellings', () => {
    const parsed = parseMapping(
      'columns:\n  案件字号: caseNumber\n  备注: null\nvalues:\n  procedure:\n    普通: ordinary\n',
      keys,
      catalogues,
    );
    expect(parsed.ok && [...parsed.mapping.columns]).toEqual([
      ['案件字号', 'caseNumber'],
      ['备注', null],
    ]);
    expect(parsed.ok && parsed.mapping.values.get('procedure')?.get('普通')).toBe('ordinary');
  });

  it('says which entry is wrong', () => {
    const unknownField = parseMapping('columns:\n  案件字号: caseNo\n', keys, catalogues);
    expect(unknownField.ok ? '' : unknownField.reason.en).toMatch(/columns\.案件字号/);
    const unknownKey = parseMapping('values:\n  procedure:\n    普通: normal\n', keys, catalogues);
    expect(unknownKey.ok ? '' : unknownKey.reason.en).toMatch(/"normal" is not a procedure key/);
    expect(parseMapping('columns: [', keys, catalogues).ok).toBe(false);
  });
});
