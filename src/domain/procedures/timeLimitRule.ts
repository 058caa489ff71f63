import type { Period } from '../dates';
import type { Citation } from '../law';

export type CaseCategory = 'civil' | 'criminal' | 'administrative' | 'enforcement';

/** Who approves an extension, as the law names them. */
export type Approver = 'president' | 'higher_court' | 'high_court' | 'supreme_court' | 'unnamed';

export const APPROVER_NAMES: Readonly<Record<Approver, { readonly zh: string; readonly en: string }>> = {
  president: { zh: '本院院长', en: 'the court president' },
  higher_court: { zh: '上一级人民法院', en: 'the court one level up' },
  high_court: { zh: '高级人民法院', en: 'the provincial high court' },
  supreme_court: { zh: '最高人民法院', en: 'the Supreme People’s Court' },
  unnamed: { zh: '(法律未规定批准主体)', en: '(the law names no approver)' },
};

export interface ExtensionStep {
  readonly approver: Approver;
  /** null when the law sets no length: the approved length must then be given with the extension. */
  readonly length: Period | null;
  readonly citations: readonly Citation[];
  /** When the law allows this step only in some cases (e.g. 可能判处死刑或者附带民事诉讼). */
  readonly conditionZh?: string;
  readonly conditionEn?: string;
  /** The last step may be asked for again (刑诉法解释 §210: 最高人民法院 may extend repeatedly). */
  readonly repeatable?: boolean;
  /** The length comes only from 审限规定(2000), whose standing is unverified (domain.md U6); policy may ignore it. */
  readonly lengthFromProvisions2000?: boolean;
}

/** The event the period runs from; the day itself is not counted. */
export interface StartEvent {
  readonly zh: string;
  readonly en: string;
  readonly citations: readonly Citation[];
}

export interface TimeLimitRule {
  /** Stable identifier, shown in the breakdown and usable in tests and logs. */
  readonly id: string;
  readonly category: CaseCategory;
  readonly titleZh: string;
  readonly titleEn: string;
  /** null: the law sets no 审限 for this kind of case (公示催告, 执保, 选民资格 …). */
  readonly base: Period | null;
  readonly baseCitations: readonly Citation[];
  /** Why there is no 审限, for cases whose base is null. */
  readonly noDeadlineZh?: string;
  readonly noDeadlineEn?: string;
  readonly start: StartEvent;
  /** What `startsOn` means for this kind of case (收到书面异议之日 …), when it differs from the start event. */
  readonly startsOnMeaning?: StartEvent;
  readonly extensions: readonly ExtensionStep[];
  /** The total the law allows from the start, extensions included (简易 ≤ 4 months, 速裁 ≤ 15 days …). */
  readonly cap: { readonly period: Period; readonly citations: readonly Citation[] } | null;
  /** The rule for applying before expiry, where the law has one: civil (延长审限规定 §1) or criminal (刑诉法解释 §210). */
  readonly extensionWindow: 'civil' | 'criminal' | null;
  /** Periods measured in hours (保全 48 hours) have no "last day" to roll over. */
  readonly noRollover?: boolean;
  readonly notesZh?: readonly string[];
  readonly notesEn?: readonly string[];
}
