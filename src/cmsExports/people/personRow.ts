import { z } from 'zod';
import { cellText, freeText, isBlank, type CellValue } from '../cell';
import { text } from '../../i18n/localized';
import { accept, reject, type Parsed } from '../parsed';
import { lookupIn, type Catalogue } from '../lookup';
import type { Mapping } from '../mappingFile';
import { parseYesNo } from '../numbers';
import { nameKey, type RoleKey } from '../roster';
import { addFieldIssue, cellsShape, fieldErrors, type FieldError } from '../rowSchema';
import { PERSON_FIELDS, type PersonField } from './fields';
import { ROLES } from './roles';

export interface PersonRecord {
  readonly name: string;
  readonly staffNo?: string | null;
  readonly email?: string | null;
  readonly role: RoleKey;
  /** Team name as written; the service finds or creates the team. */
  readonly team?: string | null;
  readonly teamKind?: string | null;
  readonly slackUserId?: string | null;
  readonly active: boolean;
  /** 职务 as the roster writes it (院长, 副院长 …); undefined when the file has no such column. */
  readonly title?: string | null;
}

export type PersonRowResult =
  | { readonly ok: true; readonly record: PersonRecord }
  | { readonly ok: false; readonly errors: readonly FieldError<PersonField>[] };

const SLACK_USER_ID = /^[UW][A-Z0-9]{6,}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ACTIVE_WORDS = {
  yes: ['在职', '在岗', '正常', '有效', 'active'],
  no: ['离职', '调离', '退休', '停用', '离岗', 'inactive'],
};

/** Builds the validator for one roster file: zod over the cells with the role and team-kind catalogues. */
export function personRowValidator(
  mapping: Mapping<PersonField>,
  teamKinds: Catalogue<string>,
  present: ReadonlySet<PersonField>,
): (cells: Partial<Record<PersonField, CellValue>>) => PersonRowResult {
  const parsers: Record<PersonField, (value: CellValue | undefined) => Parsed<unknown>> = {
    name: (value) =>
      isBlank(value) ? reject('姓名不能为空', 'the name is required') : accept(nameKey(cellText(value))),
    staffNo: (value) => accept(isBlank(value) ? null : cellText(value).toUpperCase()),
    email: (value) => {
      if (isBlank(value)) return accept(null);
      const email = cellText(value).toLowerCase();
      return EMAIL.test(email)
        ? accept(email)
        : reject(`「${email}」不是有效的邮箱地址`, `"${email}" is not an e-mail address`);
    },
    role: (value) =>
      isBlank(value)
        ? reject('角色不能为空', 'the role is required')
        : lookupIn(ROLES, mapping.values.get('role'), value, text('角色', 'role')),
    team: (value) => accept(isBlank(value) ? null : (freeText(value ?? null) as string)),
    teamKind: (value) => lookupIn(teamKinds, mapping.values.get('teamKind'), value, text('团队类型', 'team kind')),
    slackUserId: (value) => {
      if (isBlank(value)) return accept(null);
      const id = cellText(value).toUpperCase();
      return SLACK_USER_ID.test(id)
        ? accept(id)
        : reject(`「${id}」不是 Slack 用户 ID（形如 U0123ABCD）`, `"${id}" is not a Slack user id (like U0123ABCD)`);
    },
    active: (value) => parseYesNo(value, ACTIVE_WORDS),
    title: (value) => accept(isBlank(value) ? null : nameKey(cellText(value))),
  };
  const shape = cellsShape(present, parsers, PERSON_FIELDS);
  const schema = z.object(shape).transform((parsed, ctx): PersonRecord => {
    const row = parsed as Record<PersonField, unknown>;
    if (row.teamKind && !row.team)
      addFieldIssue(ctx, 'team', text('填写了团队类型但没有团队', 'a team kind is given without a team'));
    return {
      name: row.name as string,
      staffNo: row.staffNo as string | null | undefined,
      email: row.email as string | null | undefined,
      role: row.role as RoleKey,
      team: row.team as string | null | undefined,
      teamKind: row.teamKind as string | null | undefined,
      slackUserId: row.slackUserId as string | null | undefined,
      active: (row.active as boolean | null | undefined) ?? true,
      title: row.title as string | null | undefined,
    };
  });
  return (cells) => {
    const parsed = schema.safeParse(cells);
    return parsed.success
      ? { ok: true, record: parsed.data }
      : { ok: false, errors: fieldErrors(parsed.error, 'name') };
  };
}
