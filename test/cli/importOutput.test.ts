import { summaryText } from '../../src/cli/import/output';
import type { ImportSummary } from '../../src/services/imports/summary';

const rejectedRun = (rows: number, rejected: number): ImportSummary => ({
  kind: 'cases',
  file: 'export.csv',
  format: 'csv',
  encoding: 'utf-8',
  headerRow: 1,
  outcome: 'rejected',
  runId: 7,
  rows,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected,
  errors: [],
  changes: [],
  ignoredColumns: [],
  notes: [],
});

describe('the import summary printed for people', () => {
  it('points to --skip-invalid when only some rows were rejected', () => {
    expect(summaryText(rejectedRun(3, 1), 'zh')).toContain('可用 --skip-invalid 仅导入有效行');
    expect(summaryText(rejectedRun(3, 1), 'en')).toContain('--skip-invalid imports the valid rows');
  });

  it('says every row was rejected, without suggesting --skip-invalid, when no row was good', () => {
    expect(summaryText(rejectedRun(2, 2), 'zh')).toContain('所有行都有错误，未导入任何数据');
    expect(summaryText(rejectedRun(2, 2), 'en')).not.toContain('--skip-invalid');
  });
});
