import type { TypeCodeInfo } from '../../caseNumber';
import { CIVIL_FILING } from './startEvents';
import type { CaseCategory, TimeLimitRule } from '../timeLimitRule';

const CATEGORY_OF: Partial<Record<TypeCodeInfo['category'], CaseCategory>> = {
  criminal: 'criminal',
  administrative: 'administrative',
  enforcement: 'enforcement',
};

/**
 * Catalogue codes whose limits were not researched (司救, 破, 管辖 …; domain.md §4.3). They get an
 * explicit "no rule" rather than a guessed number, so nobody mistakes silence for a deadline.
 */
export function uncoveredTimeLimitRule(info: TypeCodeInfo): TimeLimitRule {
  return {
    id: `uncovered.${info.code}`,
    category: CATEGORY_OF[info.category] ?? 'civil',
    titleZh: `${info.nameZh}(${info.code})`,
    titleEn: `case type ${info.code}`,
    base: null,
    baseCitations: [],
    noDeadlineZh: `Docket未收录“${info.code}”(${info.nameZh})案件的审限规则，不计算期限`,
    noDeadlineEn: `Docket has no time-limit rule for ${info.code} cases and computes no deadline`,
    start: CIVIL_FILING,
    extensions: [],
    cap: null,
    extensionWindow: null,
  };
}
