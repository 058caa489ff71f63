import { z } from 'zod';
import { readEnv } from '../../config/env';
import { PeopleService, type PersonListItem } from '../../services/people';
import { CliError } from '../errors';
import { ROLES } from '../roles';
import { withCliStore } from '../store';
import { renderTable } from '../table';

const ROLE_ZH: Record<(typeof ROLES)[number], string> = {
  judge: '法官',
  assistant: '法官助理',
  clerk: '书记员',
  team_lead: '团队负责人',
  admin: '管理员',
};

const optionsSchema = z.strictObject({
  json: z.boolean().optional(),
  role: z.enum(ROLES).optional(),
  team: z.string().trim().min(1).optional(),
  court: z.string().trim().min(1).optional(),
});

/** `docket users list`. */
export async function usersList(raw: unknown): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'invalid options');
  const options = parsed.data;
  const people = await withCliStore((store) =>
    new PeopleService({ store }).list({
      court: options.court ?? readEnv().DOCKET_COURT,
      role: options.role,
      team: options.team,
    }),
  );
  if (options.json) console.log(JSON.stringify(people, null, 2));
  else console.log(people.length === 0 ? '没有符合条件的人员。' : renderPeople(people));
}

function renderPeople(people: readonly PersonListItem[]): string {
  const multipleCourts = new Set(people.map((person) => person.court)).size > 1;
  return renderTable<PersonListItem>(
    [
      ...(multipleCourts ? [{ header: '法院', value: (person: PersonListItem) => person.court }] : []),
      { header: '姓名', value: (person) => person.name + (person.active ? '' : '(离职)') },
      { header: '角色', value: (person) => ROLE_ZH[person.role] },
      { header: '团队', value: (person) => person.team ?? '—' },
      { header: 'Slack', value: (person) => person.slackUserId ?? '—' },
      { header: '邮箱', value: (person) => person.email ?? '—' },
    ],
    people,
  );
}
