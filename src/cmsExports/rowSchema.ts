import { z } from 'zod';
import type { CellValue } from './cell';
import { maxLengths, type FieldSpec } from './columns';
import { text, type Localized } from '../i18n/localized';
import { type Parsed } from './parsed';

/** One field of one row that cannot be imported, and why. */
export interface FieldError<Key extends string> {
  readonly field: Key;
  readonly reason: Localized;
}

/**
 * A zod schema for one cell, built from a parser that says why a value is unusable in both languages;
 * text longer than `maxLength` characters is refused with its length before it is parsed.
 */
function cellSchema<T>(parse: (value: CellValue | undefined) => Parsed<T>, maxLength: number) {
  return z
    .custom<CellValue | undefined>(() => true)
    .transform((value, ctx): T => {
      if (typeof value === 'string' && value.length > maxLength) {
        const reason = text(
          `内容过长：${value.length} 个字符，本列最多 ${maxLength} 个`,
          `too long: ${value.length} characters; this column holds at most ${maxLength}`,
        );
        ctx.addIssue({ code: 'custom', message: reason.en, params: { reason } });
        return z.NEVER;
      }
      const result = parse(value);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.reason.en, params: { reason: result.reason } });
      return z.NEVER;
    });
}

/** The zod shape of a row's cells: each present field through its parser, within its column's maximum length. */
export function cellsShape<Key extends string>(
  present: ReadonlySet<Key>,
  parsers: Record<Key, (value: CellValue | undefined) => Parsed<unknown>>,
  fields: readonly FieldSpec<Key>[],
) {
  const limits = maxLengths(fields);
  return Object.fromEntries([...present].map((field) => [field, cellSchema(parsers[field], limits[field])]));
}

/** Reports a contradiction between fields from inside a superRefine, against the field to fix. */
export function addFieldIssue(ctx: z.RefinementCtx, field: string, reason: Localized): void {
  ctx.addIssue({ code: 'custom', path: [field], message: reason.en, params: { reason } });
}

export function fieldErrors<Key extends string>(error: z.ZodError, fallback: Key): FieldError<Key>[] {
  return error.issues.map((issue) => {
    const reason = (issue as { params?: { reason?: Localized } }).params?.reason ?? {
      zh: issue.message,
      en: issue.message,
    };
    return { field: (issue.path[0] as Key | undefined) ?? fallback, reason };
  });
}
