import { createHash } from 'node:crypto';
import { z } from 'zod';
import { tryParseCaseNumber } from '../../domain/caseNumber';
import type { IsoDate } from '../../domain/dates';
import { PROCEDURES, type ProcedureKey } from '../../domain/procedures';
import { APPEAL_OUTCOMES } from '../catalogues';
import { cellText, freeText, isBlank, type CellValue } from '../cell';
import { parseExportDate } from '../dates';
import { text } from '../../i18n/localized';
import { accept, reject, type Parsed } from '../parsed';
import { lookupIn } from '../lookup';
import type { Mapping } from '../mappingFile';
import { parseCount } from '../numbers';
import { addFieldIssue, cellsShape, fieldErrors, type FieldError } from '../rowSchema';
import { EVENT_KINDS, type EventKindKey } from './eventKinds';
import { EVENT_FIELDS, type EventField } from './fields';

export interface EventRecord {
  readonly normalizedNumber: string;
  readonly kind: EventKindKey;
  readonly occurredOn: IsoDate;
  readonly months: number | null;
  readonly days: number | null;
  readonly approvedBy: string | null;
  readonly fromDate: IsoDate | null;
  readonly toDate: IsoDate | null;
  readonly reason: string | null;
  readonly procedureFrom: ProcedureKey | null;
  readonly procedureTo: ProcedureKey | null;
  readonly outcome: string | null;
  readonly note: string | null;
  /**
   * Which event this is, stable across exports: case, kind and the day it began. Its details (an
   * excluded period's end, a corrected reason) may change between exports and update the event.
   */
  readonly fingerprint: string;
}

export type EventRowResult =
  | { readonly ok: true; readonly record: EventRecord }
  | { readonly ok: false; readonly errors: readonly FieldError<EventField>[] };

const PERIOD = /^(?:(\d{1,3})个?月)?(?:(\d{1,4})[天日])?$/;

/** 延长期限 as written: 6个月, 30日, 1个月15天. */
function parsePeriod(value: CellValue | undefined): Parsed<{ months: number; days: number } | null> {
  if (isBlank(value)) return accept(null);
  const written = cellText(value).replace(/\s+/g, '');
  const match = PERIOD.exec(written);
  if (!match || (!match[1] && !match[2]))
    return reject(
      `延长期限「${written}」应写作 6个月、30日 或 1个月15天`,
      `extension "${written}" should read like 6个月, 30日 or 1个月15天`,
    );
  return accept({ months: Number(match[1] ?? 0), days: Number(match[2] ?? 0) });
}

export function eventRowValidator(
  mapping: Mapping<EventField>,
  present: ReadonlySet<EventField>,
  currentYear: number,
): (cells: Partial<Record<EventField, CellValue>>) => EventRowResult {
  const values = (catalogue: string) => mapping.values.get(catalogue);
  const optionalText = (value: CellValue | undefined) => accept(freeText(value ?? null));
  const parsers: Record<EventField, (value: CellValue | undefined) => Parsed<unknown>> = {
    caseNumber: (value) => {
      const result = tryParseCaseNumber(freeText(value ?? null) ?? '', { currentYear });
      return result.ok
        ? accept(result.value.normalized)
        : { ok: false, reason: text(result.error.messageZh, result.error.messageEn) };
    },
    kind: (value) =>
      isBlank(value)
        ? reject('事件类型不能为空', 'the event kind is required')
        : lookupIn(EVENT_KINDS, values('kind'), value, text('事件类型', 'event kind')),
    occurredOn: parseExportDate,
    period: parsePeriod,
    months: (value) => parseCount(value, /个?月$/),
    days: (value) => parseCount(value, /[天日]$/),
    approvedBy: optionalText,
    fromDate: parseExportDate,
    toDate: parseExportDate,
    reason: optionalText,
    procedureFrom: (value) => lookupIn(PROCEDURES, values('procedure'), value, text('原程序', 'procedure')),
    procedureTo: (value) => lookupIn(PROCEDURES, values('procedure'), value, text('新程序', 'procedure')),
    outcome: (value) => lookupIn(APPEAL_OUTCOMES, values('appealOutcome'), value, text('二审结果', 'appeal outcome')),
    note: optionalText,
  };
  const shape = cellsShape(present, parsers, EVENT_FIELDS);
  const schema = z.object(shape).transform((parsed, ctx) => {
    const row = parsed as Partial<Record<EventField, unknown>> & { caseNumber: string; kind: EventKindKey };
    const get = <T>(field: EventField) => (row[field] ?? null) as T | null;
    const period = get<{ months: number; days: number }>('period');
    const months = period?.months ?? get<number>('months');
    const days = period?.days ?? get<number>('days');
    const fromDate = get<IsoDate>('fromDate');
    const toDate = get<IsoDate>('toDate');
    // A period's own start is the natural date when the export leaves 日期 empty.
    const occurredOn = get<IsoDate>('occurredOn') ?? fromDate;
    const need = (field: EventField, ok: unknown, zh: string, en: string) => {
      if (!ok) addFieldIssue(ctx, field, text(zh, en));
    };
    need('occurredOn', occurredOn, '日期不能为空', 'the date is required');
    if (row.kind === 'extension')
      need(
        present.has('period') ? 'period' : 'months',
        (months ?? 0) + (days ?? 0) > 0,
        '延长审限须填写延长期限',
        'an extension needs its length',
      );
    if (row.kind === 'excluded_period' || row.kind === 'suspension')
      need('fromDate', fromDate ?? occurredOn, '须填写开始日期', 'the start date is required');
    if (row.kind === 'conversion')
      need('procedureTo', get('procedureTo'), '程序转换须填写新程序', 'a conversion needs the procedure converted to');
    if (row.kind === 'appeal_decided')
      need('outcome', get('outcome'), '二审结果须填写结果', 'an appeal decision needs its outcome');
    if (fromDate && toDate && toDate < fromDate)
      addFieldIssue(
        ctx,
        'toDate',
        text(`结束日期 ${toDate} 早于开始日期 ${fromDate}`, `ends ${toDate}, before it starts ${fromDate}`),
      );
    const start = row.kind === 'excluded_period' || row.kind === 'suspension' ? (fromDate ?? occurredOn) : occurredOn;
    return {
      normalizedNumber: row.caseNumber,
      kind: row.kind,
      occurredOn: occurredOn as IsoDate,
      months,
      days,
      approvedBy: get<string>('approvedBy'),
      fromDate: row.kind === 'excluded_period' || row.kind === 'suspension' ? (fromDate ?? occurredOn) : fromDate,
      toDate,
      reason: get<string>('reason'),
      procedureFrom: get<ProcedureKey>('procedureFrom'),
      procedureTo: get<ProcedureKey>('procedureTo'),
      outcome: get<string>('outcome'),
      note: get<string>('note'),
      fingerprint: createHash('sha256').update(`${row.kind}|${start}`).digest('hex').slice(0, 32),
    };
  });
  return (cells) => {
    const parsed = schema.safeParse(cells);
    return parsed.success
      ? { ok: true, record: parsed.data }
      : { ok: false, errors: fieldErrors(parsed.error, 'caseNumber') };
  };
}
