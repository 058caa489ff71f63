import { z } from 'zod';
import { caseTypeCode, tryParseCaseNumber, type ParsedCaseNumber } from '../caseNumber';
import type { NamedCatalogue, NamedEntry } from '../catalogues/namedCatalogue';
import { isIsoDate, type IsoDate } from '../dates';
import {
  APPEALS_AGAINST,
  PROCEDURES,
  procedureFromName,
  PROSECUTIONS,
  SPECIAL_KINDS,
  type ProcedureKey,
} from '../procedures';
import type { DeadlineInput } from './input';

/**
 * The JSON contract of `docket deadline` (and any other surface that takes a deadline question as
 * JSON): Chinese names for procedures and facts, unknown fields rejected, the type code taken from
 * the 案号 when not given.
 */
const isoDate = z
  .string()
  .refine(isIsoDate, { message: '须为有效日期(YYYY-MM-DD) / must be a valid date (YYYY-MM-DD)' });

function named<Key extends string>(catalogue: NamedCatalogue<Key, NamedEntry<Key>>, whatZh: string, whatEn: string) {
  return z.string().transform((text, context): Key => {
    const key = catalogue.fromName(text);
    if (key !== null) return key;
    const known = catalogue.entries.map((entry) => entry.zh).join('、');
    context.addIssue({
      code: 'custom',
      message: `未知${whatZh} "${text}"(可用：${known}) / unknown ${whatEn} "${text}"`,
    });
    return z.NEVER;
  });
}

const procedureName = z.string().transform((text, context): ProcedureKey => {
  const key = procedureFromName(text);
  if (key !== null) return key;
  const known = PROCEDURES.entries.map((entry) => entry.zh).join('、');
  context.addIssue({ code: 'custom', message: `未知程序 "${text}"(可用：${known}) / unknown procedure "${text}"` });
  return z.NEVER;
});

const deadlineRequestSchema = z.strictObject({
  caseNumber: z.string().nullish(),
  typeCode: z.string().trim().min(1).nullish(),
  procedure: procedureName.nullish(),
  filedOn: isoDate,
  startsOn: isoDate.nullish(),
  prosecution: named(PROSECUTIONS, '公诉/自诉', 'prosecution').nullish(),
  detained: z.boolean().nullish(),
  incidentalCivil: z.boolean().nullish(),
  appealAgainst: named(APPEALS_AGAINST, '上诉对象', 'appeal object').nullish(),
  nonLitigation: z.boolean().nullish(),
  specialKind: named(SPECIAL_KINDS, '案件类别', 'special kind').nullish(),
  announcementEndsOn: isoDate.nullish(),
  extensions: z
    .array(
      z.strictObject({
        months: z.number().int().min(0).nullish(),
        days: z.number().int().min(0).nullish(),
        approvedBy: z.string().nullish(),
        on: isoDate.nullish(),
      }),
    )
    .nullish(),
  excludedPeriods: z
    .array(z.strictObject({ from: isoDate, to: isoDate.nullable(), reason: z.string().nullish() }))
    .nullish(),
  conversions: z.array(z.strictObject({ on: isoDate, to: procedureName, from: procedureName.nullish() })).nullish(),
  asOf: isoDate.nullish(),
});

interface ParsedDeadlineRequest {
  readonly input: DeadlineInput;
  readonly asOf: IsoDate | null;
  readonly caseNumber: ParsedCaseNumber | null;
}

export type DeadlineRequestResult =
  | ({ readonly ok: true } & ParsedDeadlineRequest)
  | { readonly ok: false; readonly field: string; readonly zh: string; readonly en: string };

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (text, segment) =>
      typeof segment === 'number'
        ? `${text}[${segment}]`
        : text === ''
          ? String(segment)
          : `${text}.${String(segment)}`,
    '',
  );
}

/** Validates a decoded JSON request; the error names the first offending field. Never throws. */
export function parseDeadlineRequest(
  json: unknown,
  options: { readonly currentYear?: number } = {},
): DeadlineRequestResult {
  const parsed = deadlineRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = unknownKeys.length > 0 ? pathOf([...issue.path, unknownKeys[0] as string]) : pathOf(issue.path);
    if (unknownKeys.length > 0)
      return {
        ok: false,
        field,
        zh: `未知字段 "${unknownKeys.join('", "')}"`,
        en: `unknown field(s) "${unknownKeys.join('", "')}"`,
      };
    if (field === '')
      return { ok: false, field: '(input)', zh: '输入须为一个JSON对象', en: 'the input must be one JSON object' };
    return { ok: false, field, zh: issue.message, en: issue.message };
  }
  const request = parsed.data;
  let caseNumber: ParsedCaseNumber | null = null;
  if (request.caseNumber != null) {
    const result = tryParseCaseNumber(request.caseNumber, options);
    if (!result.ok) return { ok: false, field: 'caseNumber', zh: result.error.messageZh, en: result.error.messageEn };
    caseNumber = result.value;
  }
  const typeCode = request.typeCode ?? (caseNumber === null ? undefined : caseTypeCode(caseNumber));
  if (typeCode === undefined)
    return {
      ok: false,
      field: 'typeCode',
      zh: '须提供typeCode(类型代字)或caseNumber(案号)',
      en: 'give typeCode or caseNumber',
    };
  if (caseNumber !== null && caseTypeCode(caseNumber) !== typeCode && caseNumber.typeCode !== typeCode) {
    return {
      ok: false,
      field: 'typeCode',
      zh: `类型代字“${typeCode}”与案号中的“${caseNumber.typeCode}”不一致`,
      en: `typeCode "${typeCode}" differs from "${caseNumber.typeCode}" in the case number`,
    };
  }
  return {
    ok: true,
    caseNumber,
    asOf: request.asOf ?? null,
    input: {
      typeCode,
      procedure: request.procedure ?? null,
      filedOn: request.filedOn,
      startsOn: request.startsOn ?? null,
      prosecution: request.prosecution ?? null,
      detained: request.detained ?? null,
      incidentalCivil: request.incidentalCivil ?? false,
      appealAgainst: request.appealAgainst ?? null,
      nonLitigation: request.nonLitigation ?? false,
      specialKind: request.specialKind ?? null,
      announcementEndsOn: request.announcementEndsOn ?? null,
      extensions: request.extensions ?? [],
      excludedPeriods: request.excludedPeriods ?? [],
      conversions: request.conversions ?? [],
      asOf: request.asOf ?? null,
    },
  };
}
