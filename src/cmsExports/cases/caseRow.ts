import { z } from 'zod';
import { caseTypeCode, tryParseCaseNumber, type ParsedCaseNumber } from '../../domain/caseNumber';
import { toEpochDay, type IsoDate } from '../../domain/dates';
import {
  APPEALS_AGAINST,
  factsNeeded,
  PROCEDURES,
  PROSECUTIONS,
  SPECIAL_KINDS,
  procedureNameZh,
  type ProcedureKey,
} from '../../domain/procedures';
import { APPEAL_OUTCOMES, CLOSE_METHODS } from '../catalogues';
import { freeText, type CellValue } from '../cell';
import { parseExportDate } from '../dates';
import { text, type Localized } from '../../i18n/localized';
import { accept, reject, type Parsed } from '../parsed';
import { lookupIn } from '../lookup';
import type { Mapping } from '../mappingFile';
import { parseAmount, parseDayCount, parseYesNo } from '../numbers';
import type { Roster, RosterPerson } from '../roster';
import { addFieldIssue, cellsShape, fieldErrors, type FieldError } from '../rowSchema';
import { CASE_FIELDS, type CaseField } from './fields';

/** A validated row, ready to store. A field the file has no column for is undefined: left as stored. */
export interface CaseRecord {
  readonly normalizedNumber: string;
  readonly number: ParsedCaseNumber;
  readonly cause?: string;
  readonly judgeId?: number | null;
  /** The team: the 审判团队 column, else the judge's team (then only set when the judge changes). */
  readonly teamId?: number | null;
  readonly teamFromColumn: boolean;
  readonly filedOn: IsoDate;
  readonly closedOn?: IsoDate | null;
  readonly procedure: ProcedureKey;
  readonly closeMethod?: string | null;
  readonly amount?: string | null;
  readonly recoveredAmount?: string | null;
  readonly parties?: string | null;
  readonly detained?: boolean | null;
  readonly prosecution?: string | null;
  readonly incidentalCivil?: boolean;
  readonly nonLitigation?: boolean;
  readonly appealAgainst?: string | null;
  readonly specialKind?: string | null;
  readonly announcementEndsOn?: IsoDate | null;
  readonly appealed?: boolean;
  readonly appealOutcome?: string | null;
}

export interface CaseRowContext {
  /** 法院代字 of the court importing: new-format numbers must carry it. */
  readonly courtCode: string;
  readonly currentYear: number;
  readonly roster: Roster;
  readonly mapping: Mapping<CaseField>;
  /** 标的额（万元）: the unit each amount column's header states. */
  readonly units: Partial<Record<CaseField, 1 | 10000>>;
}

export type CaseRowResult =
  | { readonly ok: true; readonly record: CaseRecord }
  | { readonly ok: false; readonly errors: readonly FieldError<CaseField>[] };

const DETAINED_WORDS = {
  yes: ['在押', '羁押', '已羁押', '逮捕', '刑事拘留', '拘留'],
  no: ['未羁押', '不羁押', '非羁押', '未在押', '取保候审', '监视居住'],
};
const APPEALED_WORDS = {
  yes: ['已上诉', '上诉', '有上诉', '被上诉', '提起上诉'],
  no: ['未上诉', '无上诉', '服判息诉'],
};

/**
 * Builds the validator for one file: zod checks each cell with the domain's parsers and catalogues,
 * then the row as a whole for contradictions. Pure: the roster arrives as data.
 */
export function caseRowValidator(
  context: CaseRowContext,
  present: ReadonlySet<CaseField>,
): (cells: Partial<Record<CaseField, CellValue>>) => CaseRowResult {
  const values = (catalogue: string) => context.mapping.values.get(catalogue);
  const parsers: Record<CaseField, (value: CellValue | undefined) => Parsed<unknown>> = {
    caseNumber: (value) => caseNumberOf(value, context),
    cause: (value) => requiredText(value, text('案由', 'cause')),
    judge: (value) => accept(value),
    judgeStaffNo: (value) => accept(value),
    team: (value) => context.roster.team(value),
    filedOn: (value) => required(parseExportDate(value), text('立案日期', 'filing date')),
    closedOn: parseExportDate,
    procedure: (value) => lookupIn(PROCEDURES, values('procedure'), value, text('适用程序', 'procedure')),
    closeMethod: (value) => lookupIn(CLOSE_METHODS, values('closeMethod'), value, text('结案方式', 'close method')),
    trialDays: parseDayCount,
    amount: (value) => parseAmount(value, context.units.amount),
    recoveredAmount: (value) => parseAmount(value, context.units.recoveredAmount),
    parties: (value) => accept(freeText(value ?? null)),
    detained: (value) => parseYesNo(value, DETAINED_WORDS),
    prosecution: (value) => lookupIn(PROSECUTIONS, values('prosecution'), value, text('公诉/自诉', 'prosecution')),
    incidentalCivil: (value) => parseYesNo(value),
    nonLitigation: (value) => parseYesNo(value),
    appealAgainst: (value) =>
      lookupIn(APPEALS_AGAINST, values('appealAgainst'), value, text('上诉裁判类型', 'appeal against')),
    specialKind: (value) =>
      lookupIn(SPECIAL_KINDS, values('specialKind'), value, text('特别程序类型', 'special-procedure kind')),
    announcementEndsOn: parseExportDate,
    appealed: (value) => parseYesNo(value, APPEALED_WORDS),
    appealOutcome: (value) =>
      lookupIn(APPEAL_OUTCOMES, values('appealOutcome'), value, text('二审结果', 'appeal outcome')),
  };
  const shape = cellsShape(present, parsers, CASE_FIELDS);
  const schema = z.object(shape).transform((parsed, ctx) => {
    const row = parsed as unknown as ParsedRow;
    const judge = present.has('judge') || present.has('judgeStaffNo') ? judgeOf(row, ctx, context.roster) : undefined;
    crossCheck(row, ctx);
    return toRecord(row, judge, present);
  });
  return (cells) => {
    const parsed = schema.safeParse(cells);
    return parsed.success
      ? { ok: true, record: parsed.data }
      : { ok: false, errors: fieldErrors(parsed.error, 'caseNumber') };
  };
}

interface ParsedRow {
  caseNumber: ParsedCaseNumber;
  cause?: string;
  judge?: CellValue;
  judgeStaffNo?: CellValue;
  team?: { id: number } | null;
  filedOn: IsoDate;
  closedOn?: IsoDate | null;
  procedure?: ProcedureKey | null;
  closeMethod?: string | null;
  trialDays?: number | null;
  amount?: string | null;
  recoveredAmount?: string | null;
  parties?: string | null;
  detained?: boolean | null;
  prosecution?: string | null;
  incidentalCivil?: boolean | null;
  nonLitigation?: boolean | null;
  appealAgainst?: string | null;
  specialKind?: string | null;
  announcementEndsOn?: IsoDate | null;
  appealed?: boolean | null;
  appealOutcome?: string | null;
}

function caseNumberOf(value: CellValue | undefined, context: CaseRowContext): Parsed<ParsedCaseNumber> {
  const written = freeText(value ?? null);
  if (written === null) return reject('案号为空', 'the case number is empty');
  const result = tryParseCaseNumber(written, { currentYear: context.currentYear });
  if (!result.ok) return { ok: false, reason: text(result.error.messageZh, result.error.messageEn) };
  const number = result.value;
  if (!number.legacy && number.courtCode !== context.courtCode) {
    return reject(
      `案号的法院代字「${number.courtCode}」不是本院（${context.courtCode}）`,
      `the court code "${number.courtCode}" in the case number is not this court's (${context.courtCode})`,
    );
  }
  return accept(number);
}

function requiredText(value: CellValue | undefined, what: Localized): Parsed<string> {
  const written = freeText(value ?? null);
  return written === null ? reject(`${what.zh}不能为空`, `${what.en} is required`) : accept(written);
}

function required<T>(parsed: Parsed<T | null>, what: Localized): Parsed<T> {
  if (!parsed.ok) return parsed;
  return parsed.value === null ? reject(`${what.zh}不能为空`, `${what.en} is required`) : accept(parsed.value);
}

/** The judge by 工号 or name; undefined when the row cannot be imported (the issue is recorded). */
function judgeOf(row: ParsedRow, ctx: z.RefinementCtx, roster: Roster): RosterPerson | null | undefined {
  const judge = roster.judge(row.judge, row.judgeStaffNo);
  if (judge.ok) return judge.value;
  addFieldIssue(
    ctx,
    row.judgeStaffNo !== undefined && row.judge === undefined ? 'judgeStaffNo' : 'judge',
    judge.reason,
  );
  return undefined;
}

function crossCheck(row: ParsedRow, ctx: z.RefinementCtx): void {
  const closedOn = row.closedOn ?? null;
  if (closedOn !== null && closedOn < row.filedOn) {
    addFieldIssue(
      ctx,
      'closedOn',
      text(
        `结案日期 ${closedOn} 早于立案日期 ${row.filedOn}`,
        `closed on ${closedOn}, before it was filed on ${row.filedOn}`,
      ),
    );
  }
  if (closedOn !== null && !row.closeMethod) {
    addFieldIssue(ctx, 'closeMethod', text('已结案件须填写结案方式', 'a closed case needs a close method'));
  }
  if (closedOn === null && row.closeMethod) {
    addFieldIssue(ctx, 'closedOn', text('填写了结案方式但没有结案日期', 'a close method is given but no closing date'));
  }
  // Dates in the wrong order are reported once, above; measuring the trial against them would only add noise.
  if (closedOn !== null && closedOn >= row.filedOn && row.trialDays !== undefined && row.trialDays !== null) {
    const elapsed = toEpochDay(closedOn) - toEpochDay(row.filedOn);
    // Systems differ on whether the filing day counts; both readings are accepted.
    if (row.trialDays !== elapsed && row.trialDays !== elapsed + 1) {
      addFieldIssue(
        ctx,
        'trialDays',
        text(
          `审理天数 ${row.trialDays} 与立案、结案日期不符（应为 ${elapsed} 或 ${elapsed + 1}）`,
          `${row.trialDays} days in trial does not match the dates (expected ${elapsed} or ${elapsed + 1})`,
        ),
      );
    }
  }
  if (row.appealed === false && row.appealOutcome) {
    addFieldIssue(
      ctx,
      'appealed',
      text('有二审结果但上诉情况为未上诉', 'an appeal outcome is given but the case is marked not appealed'),
    );
  }
  const procedureProblem = checkProcedure(caseTypeCode(row.caseNumber), row.procedure ?? null);
  if (procedureProblem) addFieldIssue(ctx, 'procedure', procedureProblem);
}

/** The procedure must be one the type code allows; blank is fine only where the type code implies one. */
function checkProcedure(typeCode: string, procedure: ProcedureKey | null): Localized | null {
  const needed = factsNeeded(typeCode);
  if (procedure === null) {
    return needed === null || needed.procedureRequired
      ? text(`${typeCode}案件须填写适用程序`, `${typeCode} cases need a procedure`)
      : null;
  }
  if (needed !== null && !needed.procedures.includes(procedure)) {
    const allowed = needed.procedures.map(procedureNameZh).join('、');
    return text(
      `${procedureNameZh(procedure)}不适用于${typeCode}案件（可用：${allowed}）`,
      `${procedure} does not apply to ${typeCode} cases (allowed: ${needed.procedures.join(', ')})`,
    );
  }
  return null;
}

function toRecord(row: ParsedRow, judge: RosterPerson | null | undefined, present: ReadonlySet<CaseField>): CaseRecord {
  const has = (field: CaseField) => present.has(field);
  const judgeGiven = has('judge') || has('judgeStaffNo');
  const teamFromColumn = has('team') && row.team !== null && row.team !== undefined;
  return {
    normalizedNumber: row.caseNumber.normalized,
    number: row.caseNumber,
    cause: row.cause,
    judgeId: judgeGiven ? (judge?.id ?? null) : undefined,
    teamId: teamFromColumn ? row.team?.id : judgeGiven ? (judge?.teamId ?? null) : undefined,
    teamFromColumn,
    filedOn: row.filedOn,
    closedOn: row.closedOn,
    // A blank procedure passed checkProcedure, so the type code implies exactly this one.
    procedure: row.procedure ?? (factsNeeded(caseTypeCode(row.caseNumber))?.procedures[0] as ProcedureKey),
    closeMethod: row.closeMethod,
    amount: row.amount,
    recoveredAmount: row.recoveredAmount,
    parties: row.parties,
    detained: row.detained,
    prosecution: row.prosecution,
    incidentalCivil: has('incidentalCivil') ? (row.incidentalCivil ?? false) : undefined,
    nonLitigation: has('nonLitigation') ? (row.nonLitigation ?? false) : undefined,
    appealAgainst: row.appealAgainst,
    specialKind: row.specialKind,
    announcementEndsOn: row.announcementEndsOn,
    appealed: has('appealed') || has('appealOutcome') ? (row.appealed ?? Boolean(row.appealOutcome)) : undefined,
    appealOutcome: row.appealOutcome,
  };
}
