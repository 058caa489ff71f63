import { namedCatalogue, type NamedEntry } from '../../domain/catalogues/namedCatalogue';
import type { RoleKey } from '../roster';

/** Person.role as rosters write it: 员额法官 and 审判员 are judges; 庭长 and 团队负责人 lead a team. */
export const ROLES = namedCatalogue<RoleKey, NamedEntry<RoleKey>>([
  { key: 'judge', zh: '法官', en: 'judge', aliases: ['员额法官', '审判员', '执行法官', '助理审判员'] },
  { key: 'assistant', zh: '法官助理', en: 'assistant', aliases: ['助理', '执行员'] },
  { key: 'clerk', zh: '书记员', en: 'clerk' },
  {
    key: 'team_lead',
    zh: '团队负责人',
    en: 'team lead',
    aliases: ['庭长', '副庭长', '团队长', '审判团队负责人', '局长', '执行局长'],
  },
  { key: 'admin', zh: '管理员', en: 'admin', aliases: ['审管办', '审判管理办公室', '审判管理', '系统管理员'] },
]);
