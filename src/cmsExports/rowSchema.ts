import { z } from 'zod';
import type { CellValue } from './cell';
import type { Localized, Parsed } from './localized';

/** One field of one row that cannot be imported, and why. */
export interface FieldError<Key extends string> {
  readonly field: Key;
  readonly reason: Localized;
}

/** A zod schema for one cell, built from a parser that says why a value is unusable in both languages. */
export function cellSchema<T>(parse: (value: CellValue | undefined) => Parsed<T>) {
  return z
    .custom<CellValue | undefined>(() => true)
    .transform((value, ctx): T => {
      const result = parse(value);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.reason.en, params: { reason: result.reason } });
      return z.NEVER;
    });
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
