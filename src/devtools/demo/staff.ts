import type { Role } from '../../generated/prisma/client';
import { personName } from './names';
import type { Random } from './random';
import type { DemoCourt } from './regionCourts';
import type { AssignmentRow, IdCounters, PersonRow, TeamRow } from './rows';
import { ADMIN_COUNT, TEAM_PLANS, type Desk } from './staffPlan';

export interface Staff {
  teams: TeamRow[];
  people: PersonRow[];
  assignments: AssignmentRow[];
  /** The judges (team leads included) who take each desk's cases, with their team. */
  judgesByDesk: ReadonlyMap<Desk, readonly { judgeId: number; teamId: number }[]>;
  adminIds: readonly number[];
}

const SLACK_ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Slack-shaped ids (U + 10 characters) that never collide within one seed, also across a region's
 * 109 courts, because the set of ids handed out is shared.
 */
export class SlackIds {
  private readonly used = new Set<string>();

  next(random: Random, prefix: 'U' | 'C'): string {
    for (;;) {
      let id = prefix;
      for (let i = 0; i < 10; i++) id += SLACK_ID_ALPHABET[random.int(0, SLACK_ID_ALPHABET.length - 1)];
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

/** The court's teams, people and judge–assistant links. */
export function generateStaff(
  random: Random,
  court: DemoCourt & { id: number },
  ids: IdCounters,
  slackIds: SlackIds,
): Staff {
  const digits = court.code.slice(1);
  const mailDomain = `nm${digits}.court.example`;
  const names = new Set<string>();
  const mailboxes = new Set<string>();
  const people: PersonRow[] = [];

  const newPerson = (role: Role, teamId: number | null): PersonRow => {
    let drawn = personName(random);
    while (names.has(drawn.name)) drawn = personName(random);
    names.add(drawn.name);
    let mailbox = drawn.pinyin;
    for (let n = 2; mailboxes.has(mailbox); n++) mailbox = `${drawn.pinyin}${n}`;
    mailboxes.add(mailbox);
    const person: PersonRow = {
      id: ++ids.person,
      courtId: court.id,
      name: drawn.name,
      staffNo: `${digits}${String(people.length + 1).padStart(3, '0')}`,
      email: `${mailbox}@${mailDomain}`,
      slackUserId: slackIds.next(random, 'U'),
      role,
      teamId,
      title: null,
    };
    people.push(person);
    return person;
  };

  const teams: TeamRow[] = [];
  const assignments: AssignmentRow[] = [];
  const judgesByDesk = new Map<Desk, { judgeId: number; teamId: number }[]>();
  TEAM_PLANS.forEach((plan, index) => {
    const team: TeamRow = {
      id: ++ids.team,
      courtId: court.id,
      name: plan.name,
      kind: plan.kind,
      leadId: null,
      sortOrder: index + 1,
    };
    teams.push(team);
    const judges = Array.from({ length: plan.judges }, (_, n) => newPerson(n === 0 ? 'team_lead' : 'judge', team.id));
    team.leadId = (judges[0] as PersonRow).id;
    const desk = judgesByDesk.get(plan.desk) ?? [];
    desk.push(...judges.map((judge) => ({ judgeId: judge.id, teamId: team.id })));
    judgesByDesk.set(plan.desk, desk);
    // 法官助理: one per judge. 书记员: shared by the whole team.
    for (const judge of judges)
      assignments.push({ assistantId: newPerson('assistant', team.id).id, judgeId: judge.id });
    for (let n = 0; n < plan.clerks; n++) {
      const clerk = newPerson('clerk', team.id);
      for (const judge of judges) assignments.push({ assistantId: clerk.id, judgeId: judge.id });
    }
  });
  const admins = Array.from({ length: ADMIN_COUNT }, () => newPerson('admin', null));
  // The first administrator is the 院长, so a 延长审限 request has someone to go to in the demo.
  (admins[0] as PersonRow).title = '院长';
  const adminIds = admins.map((admin) => admin.id);
  return { teams, people, assignments, judgesByDesk, adminIds };
}
