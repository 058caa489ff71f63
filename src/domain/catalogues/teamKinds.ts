import { namedCatalogue, type NamedEntry } from './namedCatalogue';

/** The kind of a 审判团队 (Team.kind); decides which metrics and targets make sense for it. */
export type TeamKindKey =
  'fast_track' | 'complex' | 'enforcement' | 'criminal' | 'administrative' | 'filing' | 'general';

export const TEAM_KINDS = namedCatalogue<TeamKindKey, NamedEntry<TeamKindKey>>([
  { key: 'fast_track', zh: '速裁快审', en: 'fast-track', aliases: ['速裁', '快审', '速裁团队', '速裁快审团队'] },
  { key: 'complex', zh: '繁案', en: 'complex cases', aliases: ['繁案审判', '精审', '繁案团队', '繁案精审'] },
  { key: 'enforcement', zh: '执行', en: 'enforcement', aliases: ['执行团队', '执行局', '执行实施'] },
  { key: 'criminal', zh: '刑事', en: 'criminal', aliases: ['刑事审判', '刑事团队', '刑庭'] },
  { key: 'administrative', zh: '行政', en: 'administrative', aliases: ['行政审判', '行政团队', '行政庭'] },
  { key: 'filing', zh: '立案', en: 'case filing', aliases: ['立案庭', '诉讼服务', '立案团队'] },
  { key: 'general', zh: '综合', en: 'general', aliases: ['其他', '其它', '综合/其他', '综合审判'] },
]);

export function teamKindFromName(name: string): TeamKindKey | null {
  return TEAM_KINDS.fromName(name);
}
