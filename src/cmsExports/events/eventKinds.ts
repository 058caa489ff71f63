import { namedCatalogue, type NamedEntry } from '../../domain/catalogues/namedCatalogue';

export type EventKindKey =
  | 'extension'
  | 'excluded_period'
  | 'suspension'
  | 'resumption'
  | 'conversion'
  | 'appeal_filed'
  | 'appeal_decided'
  | 'remanded'
  | 'amended';

/** CaseEvent.kind as the case-management system names its 审限 and appeal records. */
export const EVENT_KINDS = namedCatalogue<EventKindKey, NamedEntry<EventKindKey>>([
  { key: 'extension', zh: '延长审限', en: 'extension', aliases: ['审限延长', '延期审理审批', '延长审理期限'] },
  {
    key: 'excluded_period',
    zh: '扣除审限',
    en: 'excluded period',
    aliases: ['不计入审限', '扣除审理期限', '审限扣除'],
  },
  { key: 'suspension', zh: '中止', en: 'suspension', aliases: ['中止审理', '中止诉讼', '中止执行'] },
  { key: 'resumption', zh: '恢复', en: 'resumption', aliases: ['恢复审理', '恢复诉讼', '恢复执行'] },
  {
    key: 'conversion',
    zh: '程序转换',
    en: 'conversion',
    aliases: ['转换程序', '简易转普通', '转为普通程序', '转普通程序'],
  },
  { key: 'appeal_filed', zh: '上诉', en: 'appeal filed', aliases: ['提起上诉', '上诉移送'] },
  { key: 'appeal_decided', zh: '二审结果', en: 'appeal decided', aliases: ['二审结案', '上诉结果', '二审裁判'] },
  { key: 'remanded', zh: '发回重审', en: 'remanded' },
  { key: 'amended', zh: '变更', en: 'amended', aliases: ['更正', '信息变更'] },
]);
