import { APPEAL_OUTCOMES, CLOSE_METHODS, type AppealOutcomeKey, type CloseMethodKey } from '../../domain/catalogues';
import type { EpochDay } from '../../domain/dates';
import type { DraftCase } from './draft';
import { Weighted, type Random } from './random';

/**
 * How cases end (结案方式), by type, named as court exports write them and stored under the domain
 * catalogue's keys; and what happens on appeal. Shares follow a basic court's usual pattern: about a
 * third of civil first-instance cases end in 判决, a third in 调解, a quarter in 撤诉; enforcement often
 * ends in 终结本次执行程序 with little recovered.
 */
function closeMethods(rows: readonly (readonly [name: string, weight: number])[]): Weighted<CloseMethodKey> {
  return new Weighted(rows.map(([name, weight]) => [keyOf(CLOSE_METHODS, name, '结案方式'), weight] as const));
}

function keyOf<Key extends string>(catalogue: { fromName(name: string): Key | null }, name: string, what: string): Key {
  const key = catalogue.fromName(name);
  if (key === null) throw new Error(`${what} "${name}" is not in the domain catalogue`);
  return key;
}

const ENFORCEMENT = closeMethods([
  ['执行完毕', 30],
  ['终结本次执行程序', 40],
  ['自动履行', 8],
  ['执行和解', 8],
  ['终结执行', 9],
  ['不予执行', 1],
  ['撤回执行申请', 4],
]);

const BY_TYPE: Readonly<Record<string, Weighted<CloseMethodKey>>> = {
  民初: closeMethods([
    ['判决', 36],
    ['调解', 30],
    ['准予撤诉', 22],
    ['按撤诉处理', 5],
    ['裁定驳回起诉', 3],
    ['移送', 2],
    ['终结', 1],
    ['不予受理', 1],
  ]),
  刑初: closeMethods([
    ['判决', 96],
    ['准许撤诉', 2],
    ['终结审理', 2],
  ]),
  行初: closeMethods([
    ['判决', 48],
    ['裁定驳回起诉', 15],
    ['准予撤诉', 37],
  ]),
  民督: closeMethods([
    ['支付令', 80],
    ['终结', 15],
    ['驳回申请', 5],
  ]),
  民催: closeMethods([
    ['判决', 70],
    ['终结', 30],
  ]),
  财保: closeMethods([
    ['其他', 90],
    ['准予撤诉', 7],
    ['驳回申请', 3],
  ]),
  执: ENFORCEMENT,
  执恢: ENFORCEMENT,
  执异: closeMethods([
    ['驳回异议', 70],
    ['其他', 15],
    ['撤回申请', 15],
  ]),
  执保: closeMethods([
    ['执行完毕', 97],
    ['撤回执行申请', 3],
  ]),
  行审: closeMethods([
    ['其他', 80],
    ['不予执行', 20],
  ]),
};
// 确认调解协议有效 has no key of its own: it is recorded as 其他; the other 特别程序 cases end in 判决.
const MEDIATION_CONFIRMATION = closeMethods([
  ['其他', 90],
  ['驳回申请', 6],
  ['准予撤诉', 4],
]);
const OTHER_SPECIAL = closeMethods([
  ['判决', 85],
  ['驳回申请', 10],
  ['准予撤诉', 5],
]);

interface AppealProfile {
  /** Chance a judgment is appealed, by procedure (小额诉讼 is final at first instance). */
  readonly judgment: Readonly<Record<string, number>>;
  /** Chance an appealable ruling (驳回起诉, 不予受理) is appealed. */
  readonly ruling: number;
  readonly outcomes: Weighted<AppealOutcomeKey>;
}

function appealOutcomes(rows: readonly (readonly [name: string, weight: number])[]): Weighted<AppealOutcomeKey> {
  return new Weighted(rows.map(([name, weight]) => [keyOf(APPEAL_OUTCOMES, name, '二审结果'), weight] as const));
}

// About one in ten first-instance closings is appealed (一审服判息诉率 ≈ 90%), and one appeal in six is 改判 or 发回.
const APPEALS: Readonly<Record<string, AppealProfile>> = {
  民初: {
    judgment: { ordinary: 0.35, simple: 0.22 },
    ruling: 0.2,
    outcomes: appealOutcomes([
      ['维持', 72],
      ['改判', 12],
      ['发回重审', 5],
      ['撤回上诉', 8],
      ['二审调解', 3],
    ]),
  },
  刑初: {
    judgment: { ordinary: 0.12, simple: 0.08, expedited: 0.04 },
    ruling: 0,
    outcomes: appealOutcomes([
      ['维持', 85],
      ['改判', 8],
      ['发回重审', 3],
      ['撤回上诉', 4],
    ]),
  },
  行初: {
    judgment: { ordinary: 0.4, simple: 0.25 },
    ruling: 0.3,
    outcomes: appealOutcomes([
      ['维持', 82],
      ['改判', 6],
      ['发回重审', 4],
      ['撤回上诉', 8],
    ]),
  },
};

function methodsFor(draft: DraftCase): Weighted<CloseMethodKey> {
  if (draft.facts.typeCode === '民特')
    return draft.facts.specialKind === 'mediation_confirmation' ? MEDIATION_CONFIRMATION : OTHER_SPECIAL;
  return BY_TYPE[draft.facts.typeCode] ?? closeMethods([['其他', 1]]);
}

/**
 * Closes a lived case: its 结案方式, the amount recovered in enforcement, and an appeal to the
 * intermediate court (filed within the 15-day appeal period, decided 1–4 months later). Returns the
 * day a remanded case is filed again in this court, or null.
 */
export function closeCase(draft: DraftCase, random: Random, asOf: EpochDay): EpochDay | null {
  if (draft.closedOn === null) return null;
  const method = methodsFor(draft).draw(random);
  draft.closeMethod = method;
  draft.recovered = recovered(draft, method, random);
  const profile = APPEALS[draft.facts.typeCode];
  if (profile === undefined || !CLOSE_METHODS.get(method).appealable) return null;
  const chance = method === 'judgment' ? (profile.judgment[draft.facts.procedure] ?? 0) : profile.ruling;
  if (!random.chance(chance)) return null;
  const filed = draft.closedOn + random.int(5, 15);
  if (filed > asOf) return null;
  draft.appealed = true;
  draft.events.push({ kind: 'appeal_filed', on: filed });
  const decided = filed + random.int(40, 120);
  if (decided > asOf) return null;
  const outcome = profile.outcomes.draw(random);
  draft.appealOutcome = outcome;
  draft.events.push({ kind: 'appeal_decided', on: decided, outcome });
  if (outcome === 'amended') draft.events.push({ kind: 'amended', on: decided, outcome });
  if (outcome !== 'remanded') return null;
  draft.events.push({ kind: 'remanded', on: decided, outcome });
  const refiled = decided + random.int(10, 30);
  return refiled <= asOf ? refiled : null;
}

/** 执行到位: all of it when carried out in full, most of it on 和解, part of it on 终结 or 终本 (often nothing). */
function recovered(draft: DraftCase, method: CloseMethodKey, random: Random): number | null {
  const amount = draft.facts.amount;
  if (amount === null || (draft.facts.typeCode !== '执' && draft.facts.typeCode !== '执恢')) return null;
  const share = (fraction: number): number => Math.round(amount * fraction * 100) / 100;
  switch (method) {
    case 'executed':
    case 'voluntary_performance':
      return amount;
    case 'enforcement_settlement':
      return share(0.6 + random.next() * 0.4);
    case 'terminated_this_round':
    case 'enforcement_terminated':
      return random.chance(0.55) ? 0 : share(random.next() * 0.4);
    default:
      return 0;
  }
}
