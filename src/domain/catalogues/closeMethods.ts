import { namedCatalogue, type NamedEntry } from './namedCatalogue';

/** 结案方式, stored by key (Case.closeMethod). */
export type CloseMethodKey =
  | 'judgment'
  | 'mediation'
  | 'withdrawal'
  | 'withdrawal_permitted'
  | 'dismissal'
  | 'inadmissible'
  | 'transfer'
  | 'termination'
  | 'payment_order'
  | 'application_rejected'
  | 'appeal_withdrawn'
  | 'remand'
  | 'executed'
  | 'terminated_this_round'
  | 'enforcement_terminated'
  | 'enforcement_settlement'
  | 'voluntary_performance'
  | 'not_enforced'
  | 'enforcement_withdrawn'
  | 'cancelled'
  | 'other'
  | 'mediation_failed';

export interface CloseMethod extends NamedEntry<CloseMethodKey> {
  /** Counts in the numerator of 调解撤诉率 as 调解. */
  readonly mediation: boolean;
  /** Counts in the numerator of 调解撤诉率 as 撤诉 (including 撤回上诉). */
  readonly withdrawal: boolean;
  /** The enforcement was actually carried out: 强制执行完毕, 自动履行 or 和解 (实际执结率, 2008 SPC 意见). */
  readonly enforcementExecuted: boolean;
  /** A party may appeal a first-instance case closed this way (判决, and 裁定 驳回起诉 / 不予受理). */
  readonly appealable: boolean;
  readonly enforcement: boolean;
}

type Flags = Partial<
  Pick<CloseMethod, 'mediation' | 'withdrawal' | 'enforcementExecuted' | 'appealable' | 'enforcement'>
>;

function method(
  key: CloseMethodKey,
  zh: string,
  en: string,
  aliases: readonly string[],
  flags: Flags = {},
): CloseMethod {
  return {
    key,
    zh,
    en,
    aliases,
    mediation: false,
    withdrawal: false,
    enforcementExecuted: false,
    appealable: false,
    enforcement: false,
    ...flags,
  };
}

export const CLOSE_METHODS = namedCatalogue<CloseMethodKey, CloseMethod>([
  method('judgment', '判决', 'judgment', ['判决结案', '一审判决', '判决驳回诉讼请求'], { appealable: true }),
  method('mediation', '调解', 'mediation', ['调解结案', '调解书', '出具调解书', '民事调解'], { mediation: true }),
  method('withdrawal', '撤诉', 'withdrawal', ['撤回起诉', '撤诉结案', '按撤诉处理'], { withdrawal: true }),
  method('withdrawal_permitted', '准予撤诉', 'withdrawal permitted', ['裁定准予撤诉', '准许撤诉'], {
    withdrawal: true,
  }),
  method('dismissal', '裁定驳回起诉', 'complaint dismissed', ['驳回起诉'], { appealable: true }),
  method('inadmissible', '不予受理', 'not accepted', ['裁定不予受理'], { appealable: true }),
  method('transfer', '移送', 'transferred', ['移送管辖', '移送其他法院', '移送处理']),
  method('termination', '终结', 'proceedings terminated', ['诉讼终结', '终结诉讼', '裁定终结诉讼', '终结审理']),
  method('payment_order', '支付令', 'payment order issued', ['发出支付令']),
  method('application_rejected', '驳回申请', 'application rejected', ['裁定驳回申请', '驳回异议', '驳回复议申请']),
  method('appeal_withdrawn', '撤回上诉', 'appeal withdrawn', ['准许撤回上诉', '准予撤回上诉', '按撤回上诉处理'], {
    withdrawal: true,
  }),
  method('remand', '发回重审', 'remanded', ['裁定发回重审', '撤销原判发回重审']),
  method('executed', '执行完毕', 'enforced in full', ['强制执行完毕', '全部执行完毕', '执行结案'], {
    enforcementExecuted: true,
    enforcement: true,
  }),
  method('terminated_this_round', '终结本次执行程序', 'this round of enforcement ended', ['终本', '终结本次执行'], {
    enforcement: true,
  }),
  method('enforcement_terminated', '终结执行', 'enforcement terminated', ['裁定终结执行'], { enforcement: true }),
  method('enforcement_settlement', '执行和解', 'settled in enforcement', ['和解结案', '达成执行和解', '和解履行完毕'], {
    enforcementExecuted: true,
    enforcement: true,
  }),
  method(
    'voluntary_performance',
    '自动履行',
    'performed voluntarily',
    ['自动履行完毕', '当事人自动履行', '自动履行结案'],
    { enforcementExecuted: true, enforcement: true },
  ),
  method('not_enforced', '不予执行', 'enforcement refused', ['裁定不予执行'], { enforcement: true }),
  method('enforcement_withdrawn', '撤回执行申请', 'enforcement application withdrawn', ['撤回申请', '撤回执行'], {
    enforcement: true,
  }),
  method('cancelled', '销案', 'case cancelled', ['销案处理']),
  method('other', '其他', 'other', ['其它']),
  // 诉前调解 that did not settle and went on as a lawsuit (立案审理): what 繁简分流's first split lets through.
  method('mediation_failed', '调解不成转立案', 'mediation failed, filed as a lawsuit', [
    '调解不成',
    '调解不成功',
    '转立案',
    '调解不成立案',
    '诉前调解不成',
    '终止调解',
  ]),
]);

export function closeMethodFromName(name: string): CloseMethodKey | null {
  return CLOSE_METHODS.fromName(name);
}
