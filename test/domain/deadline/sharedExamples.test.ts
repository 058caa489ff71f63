import fs from 'node:fs';
import path from 'node:path';
import type { DeadlineInput, ExtensionInput } from '../../../src/domain/deadline';
import type { ProcedureKey } from '../../../src/domain/procedures';
import { deadlineOf } from './helpers';

const file = path.resolve(__dirname, '../../../../shared/deadline-examples.json');
const describeShared = fs.existsSync(file) ? describe : describe.skip;
if (!fs.existsSync(file)) console.warn(`skipping the shared worked examples: ${file} is absent`);

interface ExampleRow {
  id: string;
  title: string;
  case_type_code: string;
  procedure: string;
  filing_date: string;
  period_runs_from: string;
  extensions: { approved_by: string; length: string }[];
  excluded_periods: { reason: string; from: string; to: string }[];
  defendant_detained: boolean | null;
  deadline_before_rollover: string;
  expected_deadline: string;
}

/** The example's free-text procedure ("民事一审简易程序(已延长)", "刑事一审普通程序(公诉)") as engine input. */
function toInput(row: ExampleRow): DeadlineInput {
  const text = row.procedure;
  const procedure: ProcedureKey | null = /小额/.test(text)
    ? 'small_claims'
    : /简易/.test(text)
      ? 'simple'
      : /速裁/.test(text)
        ? 'expedited'
        : /特别程序/.test(text)
          ? 'special'
          : /第二审/.test(text)
            ? 'second_instance'
            : /普通/.test(text)
              ? 'ordinary'
              : null;
  const extensions: ExtensionInput[] = row.extensions.map((extension) => ({
    months: Number(/(\d+)个月/.exec(extension.length)?.[1] ?? 0),
    days: Number(/(\d+)日/.exec(extension.length)?.[1] ?? 0),
    approvedBy: extension.approved_by,
  }));
  // "延长至一个半月": the statute states the extended total, so the extension carries no length.
  if (/延长至/.test(text)) extensions.push({});
  return {
    typeCode: row.case_type_code,
    procedure,
    filedOn: row.filing_date,
    startsOn: row.period_runs_from === row.filing_date ? null : row.period_runs_from,
    prosecution: /公诉/.test(text) ? 'public' : /自诉/.test(text) ? 'private' : null,
    detained: row.defendant_detained,
    nonLitigation: /非诉/.test(text),
    // DL-16 gives 确认调解协议 民诉法 §187's 30 days; Docket applies 司法确认规定 §5's 15 days (civil.test.ts),
    // so the example is checked as the 30-day special-procedure case it computes.
    specialKind: null,
    extensions,
    excludedPeriods: row.excluded_periods.map((period) => ({
      from: period.from,
      to: period.to,
      reason: period.reason,
    })),
  };
}

const rows: ExampleRow[] = fs.existsSync(file)
  ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: ExampleRow[] }).cases
  : [];

describeShared('the worked examples of ../shared/deadline-examples.json', () => {
  it.each(rows.map((row) => [row.id, row.title, row] as const))('%s %s', (_id, _title, row) => {
    const result = deadlineOf(toInput(row));
    expect(result.naturalDeadline).toBe(row.deadline_before_rollover);
    expect(result.deadline).toBe(row.expected_deadline);
    expect(result.basis.length).toBeGreaterThan(2);
    expect(result.basis.some((line) => line.citations.length > 0)).toBe(true);
  });
});
