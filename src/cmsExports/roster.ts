import { cellText, type CellValue } from './cell';
import { accept, reject, type Parsed } from './parsed';

export type RoleKey = 'judge' | 'assistant' | 'clerk' | 'team_lead' | 'admin';

export interface RosterPerson {
  readonly id: number;
  readonly name: string;
  readonly staffNo: string | null;
  readonly role: RoleKey;
  readonly teamId: number | null;
  readonly active: boolean;
}

export interface RosterTeam {
  readonly id: number;
  readonly name: string;
}

/** Roles that handle cases as 承办人: judges, and team leads (庭长, 团队负责人) who are judges too. */
const CASE_HANDLERS: ReadonlySet<RoleKey> = new Set(['judge', 'team_lead']);

const NAME_WITH_NUMBER = /^(.+?)[(（]([A-Za-z0-9-]+)[)）]$/;

/** Names as exports write them: a two-character name padded with a full-width space is the same name. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A court's people and teams, for matching 承办人 and 审判团队 cells. Inactive people stay in:
 * their closed cases still name them.
 */
export class Roster {
  private readonly byStaffNo = new Map<string, RosterPerson>();
  private readonly byName = new Map<string, RosterPerson[]>();
  private readonly teamsByName = new Map<string, RosterTeam>();

  constructor(people: readonly RosterPerson[], teams: readonly RosterTeam[]) {
    for (const person of people) {
      if (person.staffNo) this.byStaffNo.set(person.staffNo.trim().toUpperCase(), person);
      const key = nameKey(person.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), person]);
    }
    for (const team of teams) this.teamsByName.set(nameKey(team.name), team);
  }

  /**
   * The judge a row names, by 工号 (its own column or the 承办人 cell) or by name. A name shared by
   * two people is an error naming their 工号: guessing would put cases on the wrong judge's list.
   */
  judge(nameCell: CellValue | undefined, staffNoCell: CellValue | undefined): Parsed<RosterPerson | null> {
    // 王磊（0291004）: some systems write the 工号 after the name.
    const written = NAME_WITH_NUMBER.exec(nameKey(cellText(nameCell)));
    const name = written ? (written[1] as string) : nameKey(cellText(nameCell));
    const staffNo = (cellText(staffNoCell) || (written?.[2] ?? '')).toUpperCase();
    if (staffNo !== '') {
      const person = this.byStaffNo.get(staffNo);
      if (!person)
        return reject(`工号「${staffNo}」不在本院人员名单中`, `staff number "${staffNo}" is not on the court's roster`);
      if (name !== '' && name !== nameKey(person.name)) {
        return reject(
          `工号「${staffNo}」是 ${person.name}，不是 ${name}`,
          `staff number "${staffNo}" belongs to ${person.name}, not ${name}`,
        );
      }
      return this.handler(person);
    }
    if (name === '') return accept(null);
    const byNumber = this.byStaffNo.get(name.toUpperCase());
    if (byNumber) return this.handler(byNumber);
    const matches = this.byName.get(name) ?? [];
    if (matches.length === 0) {
      // An empty roster means the people were never imported; otherwise the name is misspelt or new.
      return this.byName.size === 0
        ? reject(
            `承办人「${name}」不在本院人员名单中；本院尚未导入人员，请先用 docket import people 导入`,
            `judge "${name}" is not on the court's roster, which is empty: import people first (docket import people)`,
          )
        : reject(
            `承办人「${name}」不在本院人员名单中；请核对姓名或改填工号，新来的法官请先更新人员名单（docket import people）`,
            `judge "${name}" is not on the court's roster: check the name or give the staff number; a new judge needs the roster updated first (docket import people)`,
          );
    }
    if (matches.length > 1) {
      const numbers = matches.map((person) => person.staffNo ?? '?').join('、');
      return reject(
        `本院有 ${matches.length} 人名为「${name}」（工号 ${numbers}），请改填工号或增加“承办人工号”列`,
        `${matches.length} people are called "${name}" (staff numbers ${numbers}); give the staff number instead`,
      );
    }
    return this.handler(matches[0] as RosterPerson);
  }

  team(cell: CellValue | undefined): Parsed<RosterTeam | null> {
    const name = nameKey(cellText(cell));
    if (name === '') return accept(null);
    const team = this.teamsByName.get(name);
    if (!team)
      return reject(
        `审判团队「${name}」不存在；请先导入人员名单建立团队`,
        `team "${name}" does not exist; import the roster first to create it`,
      );
    return accept(team);
  }

  private handler(person: RosterPerson): Parsed<RosterPerson> {
    if (CASE_HANDLERS.has(person.role)) return accept(person);
    return reject(
      `${person.name} 的角色不是法官，不能作为承办人`,
      `${person.name} is not a judge and cannot handle cases`,
    );
  }
}
