import { namedCatalogue, type NamedEntry } from '../catalogues/namedCatalogue';

/**
 * Procedures, stored in the database by key (Case.procedure). A 案号 does not decide the procedure
 * (domain.md §0.1): 民初 may be 普通, 简易 or 小额, so the procedure is a fact of its own.
 */
export type ProcedureKey =
  | 'ordinary'
  | 'simple'
  | 'small_claims'
  | 'expedited'
  | 'special'
  | 'second_instance'
  | 'retrial'
  | 'retrial_review'
  | 'payment_order'
  | 'public_notice'
  | 'preservation'
  | 'enforcement'
  | 'enforcement_objection'
  | 'enforcement_review'
  | 'nonlitigation_review';

export const PROCEDURES = namedCatalogue<ProcedureKey, NamedEntry<ProcedureKey>>([
  {
    key: 'ordinary',
    zh: '普通程序',
    en: 'ordinary procedure',
    aliases: ['普通', '第一审普通程序', '一审普通程序', '普通程序(合议)', '普通程序(独任)'],
  },
  {
    key: 'simple',
    zh: '简易程序',
    en: 'simple procedure',
    aliases: ['简易', '第一审简易程序', '一审简易程序', '简易程序(普通)'],
  },
  {
    key: 'small_claims',
    zh: '小额诉讼程序',
    en: 'small-claims procedure',
    aliases: ['小额', '小额诉讼', '小额程序', '简易程序(小额诉讼)', '简易程序(小额)', '小额诉讼的程序'],
  },
  {
    key: 'expedited',
    zh: '速裁程序',
    en: 'expedited procedure',
    aliases: ['速裁', '刑事速裁程序', '认罪认罚速裁程序'],
  },
  { key: 'special', zh: '特别程序', en: 'special procedure', aliases: ['特别', '民事特别程序'] },
  {
    key: 'second_instance',
    zh: '第二审程序',
    en: 'second instance',
    aliases: ['二审', '第二审', '二审程序', '上诉审', '民事二审', '刑事二审', '行政二审'],
  },
  { key: 'retrial', zh: '审判监督程序', en: 'retrial', aliases: ['再审', '再审程序', '审判监督'] },
  {
    key: 'retrial_review',
    zh: '申请再审审查',
    en: 'retrial-application review',
    aliases: ['再审审查', '申请再审', '申诉审查', '再审申请审查'],
  },
  { key: 'payment_order', zh: '督促程序', en: 'payment-order procedure', aliases: ['督促', '支付令'] },
  { key: 'public_notice', zh: '公示催告程序', en: 'public-notice procedure', aliases: ['公示催告'] },
  {
    key: 'preservation',
    zh: '保全',
    en: 'preservation',
    aliases: ['保全程序', '财产保全', '行为保全', '诉前保全', '诉讼保全', '诉前财产保全'],
  },
  {
    key: 'enforcement',
    zh: '执行实施',
    en: 'enforcement',
    aliases: ['执行', '执行程序', '首次执行', '恢复执行', '执行实施程序'],
  },
  {
    key: 'enforcement_objection',
    zh: '执行异议',
    en: 'enforcement objection',
    aliases: ['执行异议程序', '案外人异议', '执行行为异议'],
  },
  { key: 'enforcement_review', zh: '执行复议', en: 'enforcement review', aliases: ['执行复议程序'] },
  {
    key: 'nonlitigation_review',
    zh: '非诉执行审查',
    en: 'non-litigation enforcement review',
    aliases: ['非诉审查', '非诉行政执行审查'],
  },
]);

/**
 * The key for a procedure name as exports write it (普通程序, 简易, 小额 …), or null. Longer labels
 * such as 民事一审简易程序(已延长) or 刑事一审普通程序(公诉) are read by their procedure part.
 */
export function procedureFromName(name: string): ProcedureKey | null {
  const exact = PROCEDURES.fromName(name);
  if (exact !== null) return exact;
  const core = name
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, '')
    .replace(/^(民事|刑事|行政)?(第?[一二]审)?/, '');
  return core === '' ? null : PROCEDURES.fromName(core);
}

export function procedureNameZh(key: ProcedureKey): string {
  return PROCEDURES.get(key).zh;
}

export function procedureNameEn(key: ProcedureKey): string {
  return PROCEDURES.get(key).en;
}
