import { namedCatalogue, type NamedEntry } from './namedCatalogue';

/** What the appeal court did with a first-instance case (Case.appealOutcome). */
export type AppealOutcomeKey = 'upheld' | 'amended' | 'remanded' | 'withdrawn' | 'mediated' | 'other';

export interface AppealOutcome extends NamedEntry<AppealOutcomeKey> {
  /** Counts in 发改率 (改判 or 发回重审). */
  readonly reversal: boolean;
}

export const APPEAL_OUTCOMES = namedCatalogue<AppealOutcomeKey, AppealOutcome>([
  {
    key: 'upheld',
    zh: '维持',
    en: 'upheld',
    aliases: ['维持原判', '驳回上诉，维持原判', '驳回上诉维持原判', '维持原裁定'],
    reversal: false,
  },
  { key: 'amended', zh: '改判', en: 'amended', aliases: ['部分改判', '依法改判', '撤销原判并改判'], reversal: true },
  {
    key: 'remanded',
    zh: '发回重审',
    en: 'remanded',
    aliases: ['撤销原判，发回重审', '撤销原判发回重审', '裁定发回重审', '发回'],
    reversal: true,
  },
  {
    key: 'withdrawn',
    zh: '撤回上诉',
    en: 'appeal withdrawn',
    aliases: ['准许撤回上诉', '按撤回上诉处理', '撤诉'],
    reversal: false,
  },
  { key: 'mediated', zh: '二审调解', en: 'settled on appeal', aliases: ['调解', '二审调解结案'], reversal: false },
  { key: 'other', zh: '其他', en: 'other', aliases: ['其它'], reversal: false },
]);

export function appealOutcomeFromName(name: string): AppealOutcomeKey | null {
  return APPEAL_OUTCOMES.fromName(name);
}
