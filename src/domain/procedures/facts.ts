import { namedCatalogue, type NamedEntry } from '../catalogues/namedCatalogue';

/**
 * Facts besides the type code and procedure that decide a 审限 (domain.md §4.3). They are stored on
 * the case by key (Case.prosecution, Case.appealAgainst, Case.specialKind).
 */
export type Prosecution = 'public' | 'private';
export type AppealAgainst = 'judgment' | 'ruling';
export type SpecialKind =
  | 'mediation_confirmation'
  | 'security_interest'
  | 'capacity'
  | 'estate_administrator'
  | 'voter_eligibility'
  | 'missing_person'
  | 'death_declaration'
  | 'ownerless_property'
  | 'written_review'
  | 'hearing_review';

export const PROSECUTIONS = namedCatalogue<Prosecution, NamedEntry<Prosecution>>([
  { key: 'public', zh: '公诉', en: 'public prosecution', aliases: ['公诉案件'] },
  { key: 'private', zh: '自诉', en: 'private prosecution', aliases: ['自诉案件'] },
]);

export const APPEALS_AGAINST = namedCatalogue<AppealAgainst, NamedEntry<AppealAgainst>>([
  { key: 'judgment', zh: '判决', en: 'judgment', aliases: ['不服判决', '对判决上诉'] },
  { key: 'ruling', zh: '裁定', en: 'ruling', aliases: ['不服裁定', '对裁定上诉'] },
]);

export interface SpecialKindEntry extends NamedEntry<SpecialKind> {
  /** The type code whose cases have this sub-kind. */
  readonly typeCode: '民特' | '行审';
  /** Counting starts when the 公告 ends, so the case needs `announcementEndsOn`. */
  readonly startsAfterAnnouncement: boolean;
}

export const SPECIAL_KINDS = namedCatalogue<SpecialKind, SpecialKindEntry>([
  {
    key: 'mediation_confirmation',
    zh: '确认调解协议',
    en: 'confirming a mediation agreement',
    typeCode: '民特',
    startsAfterAnnouncement: false,
    aliases: ['司法确认'],
  },
  {
    key: 'security_interest',
    zh: '实现担保物权',
    en: 'realising a security interest',
    typeCode: '民特',
    startsAfterAnnouncement: false,
  },
  {
    key: 'capacity',
    zh: '认定公民无民事行为能力、限制民事行为能力',
    en: 'declaring a person without or with limited capacity',
    typeCode: '民特',
    startsAfterAnnouncement: false,
    aliases: ['认定行为能力', '认定无民事行为能力', '认定限制民事行为能力'],
  },
  {
    key: 'estate_administrator',
    zh: '指定遗产管理人',
    en: 'appointing an estate administrator',
    typeCode: '民特',
    startsAfterAnnouncement: false,
  },
  {
    key: 'voter_eligibility',
    zh: '选民资格',
    en: 'voter eligibility',
    typeCode: '民特',
    startsAfterAnnouncement: false,
    aliases: ['选民资格案件'],
  },
  {
    key: 'missing_person',
    zh: '宣告失踪',
    en: 'declaring a person missing',
    typeCode: '民特',
    startsAfterAnnouncement: true,
    aliases: ['宣告公民失踪'],
  },
  {
    key: 'death_declaration',
    zh: '宣告死亡',
    en: 'declaring a person dead',
    typeCode: '民特',
    startsAfterAnnouncement: true,
    aliases: ['宣告公民死亡'],
  },
  {
    key: 'ownerless_property',
    zh: '认定财产无主',
    en: 'declaring property ownerless',
    typeCode: '民特',
    startsAfterAnnouncement: true,
  },
  { key: 'written_review', zh: '书面审查', en: 'written review', typeCode: '行审', startsAfterAnnouncement: false },
  {
    key: 'hearing_review',
    zh: '听取意见审查',
    en: 'review hearing the parties',
    typeCode: '行审',
    startsAfterAnnouncement: false,
    aliases: ['听取被执行人和行政机关意见', '听证审查'],
  },
]);

/** The facts a case may need, named as the case record and the `docket deadline` input name them. */
export type FactKey =
  | 'procedure'
  | 'prosecution'
  | 'detained'
  | 'incidentalCivil'
  | 'appealAgainst'
  | 'nonLitigation'
  | 'specialKind'
  | 'announcementEndsOn'
  | 'startsOn';
