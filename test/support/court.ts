import { tryParseCaseNumber } from '../../src/domain/caseNumber';
import type { Role } from '../../src/generated/prisma/client';
import { recomputeDeadlines } from '../../src/services/caseRecords';
import type { Store } from '../../src/store';

/**
 * A small court for Slack tests: two teams, their leads, three judges, an administrator, an assistant
 * assigned to one judge, a clerk assigned to nobody, and a judge known only by e-mail. Each judge's
 * cases carry their own numbers (民初 1xx for 王, 2xx for 李, 3xx for 赵), so a test can prove that no
 * case crosses a permission boundary by looking for the other judges' numbers.
 * "Today" is Monday 2025-06-16 (FIXTURE_NOW).
 */
export const FIXTURE_NOW = '2025-06-16T09:00:00+08:00';
export const FIXTURE_TODAY = '2025-06-16';

export const PEOPLE = {
  wang: { name: '王明', role: 'judge', slack: 'U0WANG001', email: 'wang@court.example', team: 'civil1' },
  li: { name: '李华', role: 'judge', slack: 'U0LI00002', email: 'li@court.example', team: 'civil1' },
  zhao: { name: '赵强', role: 'judge', slack: 'U0ZHAO003', email: 'zhao@court.example', team: 'civil2' },
  chen: { name: '陈静', role: 'team_lead', slack: 'U0CHEN004', email: 'chen@court.example', team: 'civil1' },
  zhou: { name: '周伟', role: 'team_lead', slack: 'U0ZHOU005', email: 'zhou@court.example', team: 'civil2' },
  wu: { name: '吴芳', role: 'admin', slack: 'U0WU00006', email: 'wu@court.example', team: null },
  sun: { name: '孙丽', role: 'assistant', slack: 'U0SUN0007', email: 'sun@court.example', team: 'civil1' },
  zheng: { name: '郑磊', role: 'clerk', slack: 'U0ZHENG08', email: 'zheng@court.example', team: 'civil2' },
  qian: { name: '钱程', role: 'judge', slack: null, email: 'qian@court.example', team: 'civil2' },
} as const satisfies Record<
  string,
  { name: string; role: Role; slack: string | null; email: string; team: 'civil1' | 'civil2' | null }
>;

export type PersonKey = keyof typeof PEOPLE;

/** Slack users for the fake directory: everyone with a Slack id, plus 钱程's account (not yet linked), a stranger and a look-alike. */
export const SLACK_USERS = [
  ...Object.values(PEOPLE)
    .filter((person) => person.slack !== null)
    .map((person) => ({ id: person.slack as string, email: person.email, name: person.name, locale: 'zh-CN' })),
  { id: 'U0QIAN009', email: 'qian@court.example', name: '钱程', locale: 'en-US' },
  { id: 'U0STRANGE', email: 'visitor@elsewhere.example', name: 'Visitor', locale: 'en-US' },
  // An address that would name 钱程 if `_` were a wildcard.
  { id: 'U0QIAW010', email: 'qia_@court.example', name: 'Qia', locale: 'en-US' },
];

interface CaseSpec {
  sequence: number;
  judge: PersonKey;
  procedure: 'simple' | 'ordinary';
  filedOn: string;
  cause: string;
  closedOn?: string;
  extendedOn?: string;
}

const CASES: CaseSpec[] = [
  { sequence: 101, judge: 'wang', procedure: 'simple', filedOn: '2025-02-10', cause: '买卖合同纠纷' },
  { sequence: 102, judge: 'wang', procedure: 'simple', filedOn: '2025-03-20', cause: '民间借贷纠纷' },
  { sequence: 103, judge: 'wang', procedure: 'ordinary', filedOn: '2025-01-05', cause: '建设工程施工合同纠纷' },
  { sequence: 104, judge: 'wang', procedure: 'ordinary', filedOn: '2025-05-06', cause: '房屋租赁合同纠纷' },
  {
    sequence: 105,
    judge: 'wang',
    procedure: 'simple',
    filedOn: '2025-01-10',
    cause: '物业服务合同纠纷',
    closedOn: '2025-06-03',
  },
  {
    sequence: 106,
    judge: 'wang',
    procedure: 'ordinary',
    filedOn: '2023-11-20',
    cause: '股权转让纠纷',
    extendedOn: '2024-05-01',
  },
  ...Array.from({ length: 24 }, (_, index): CaseSpec => ({
    sequence: 201 + index,
    judge: 'li',
    procedure: index % 2 === 0 ? 'simple' : 'ordinary',
    filedOn: `2025-0${1 + (index % 5)}-${String(10 + (index % 18)).padStart(2, '0')}`,
    cause: '金融借款合同纠纷',
  })),
  { sequence: 301, judge: 'zhao', procedure: 'simple', filedOn: '2025-02-20', cause: '劳动争议' },
  { sequence: 302, judge: 'zhao', procedure: 'ordinary', filedOn: '2025-04-01', cause: '机动车交通事故责任纠纷' },
];

/** Case numbers carry the year the case was filed in. */
export function caseNumberOf(sequence: number): string {
  const spec = CASES.find((candidate) => candidate.sequence === sequence);
  return `（${spec?.filedOn.slice(0, 4) ?? '2025'}）内0291民初${sequence}号`;
}

export interface Fixture {
  courtId: number;
  people: Record<PersonKey, number>;
  teams: { civil1: number; civil2: number };
}

/**
 * About twenty files seed this court, so it is written a table at a time (one statement each) rather than a
 * row at a time: each Prisma query pays its own planning and a round trip through the embedded database.
 */
export async function seedCourt(store: Store): Promise<Fixture> {
  const prisma = store.prisma;
  const court = await prisma.court.create({ data: { code: '内0291', name: '包头稀土高新技术产业开发区人民法院' } });
  const teamRows = await prisma.team.createManyAndReturn({
    data: [
      { courtId: court.id, name: '民一庭', kind: '繁案', sortOrder: 1 },
      { courtId: court.id, name: '民二庭', kind: '速裁快审', sortOrder: 2 },
    ],
    select: { id: true, name: true },
  });
  const teamId = (name: string) => teamRows.find((team) => team.name === name)?.id as number;
  const teams = { civil1: teamId('民一庭'), civil2: teamId('民二庭') };
  const entries = Object.entries(PEOPLE) as Array<[PersonKey, (typeof PEOPLE)[PersonKey]]>;
  const personRows = await prisma.person.createManyAndReturn({
    data: entries.map(([, person]) => ({
      courtId: court.id,
      name: person.name,
      role: person.role,
      email: person.email,
      slackUserId: person.slack,
      teamId: person.team ? teams[person.team] : null,
    })),
    select: { id: true, email: true },
  });
  const people = Object.fromEntries(
    entries.map(([key, person]) => [key, personRows.find((row) => row.email === person.email)?.id as number]),
  ) as Record<PersonKey, number>;
  await prisma.team.update({ where: { id: teams.civil1 }, data: { leadId: people.chen } });
  await prisma.team.update({ where: { id: teams.civil2 }, data: { leadId: people.zhou } });
  await prisma.judgeAssignment.create({ data: { assistantId: people.sun, judgeId: people.wang } });

  const caseRows = await prisma.case.createManyAndReturn({
    data: CASES.map((spec) => {
      const parsed = tryParseCaseNumber(caseNumberOf(spec.sequence));
      if (!parsed.ok) throw new Error(`fixture case number ${spec.sequence} is invalid`);
      const judge = PEOPLE[spec.judge];
      return {
        courtId: court.id,
        caseNumber: caseNumberOf(spec.sequence),
        normalizedNumber: parsed.value.normalized,
        year: parsed.value.year,
        courtCode: parsed.value.courtCode,
        typeCode: parsed.value.typeCode,
        sequence: parsed.value.sequence,
        cause: spec.cause,
        procedure: spec.procedure,
        filedOn: new Date(`${spec.filedOn}T00:00:00Z`),
        status: spec.closedOn ? 'closed' : 'open',
        closedOn: spec.closedOn ? new Date(`${spec.closedOn}T00:00:00Z`) : null,
        judgeId: people[spec.judge],
        teamId: judge.team ? teams[judge.team] : null,
        parties: `原告${spec.sequence} 诉 被告${spec.sequence}`,
      };
    }),
    select: { id: true, sequence: true },
  });
  await prisma.caseEvent.createMany({
    data: CASES.flatMap((spec) =>
      spec.extendedOn
        ? [
            {
              caseId: caseRows.find((row) => row.sequence === spec.sequence)?.id as number,
              kind: 'extension',
              occurredOn: new Date(`${spec.extendedOn}T00:00:00Z`),
              months: 6,
              approvedBy: '本院院长',
              fingerprint: 'ext-1',
            },
          ]
        : [],
    ),
  });
  await recomputeDeadlines(store, { courtId: court.id, asOf: FIXTURE_TODAY });
  return { courtId: court.id, people, teams };
}
