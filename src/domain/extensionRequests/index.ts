import type { HolidayCalendar } from '../calendar/holidayCalendar';
import type { IsoDate, Period } from '../dates';
import {
  computeDeadline,
  timeLimitFactsOf,
  type DeadlineInput,
  type DeadlineOutcome,
  type DeadlinePolicy,
  type ExtensionWindow,
} from '../deadline';
import { stepFor } from '../deadline/extensions';
import { cite, LAWS, type Citation } from '../law';
import { numberToChinese } from '../regulations/numerals';
import { selectTimeLimitRule, type Approver, type TimeLimitRule } from '../procedures';

/**
 * 申请延长审限: whether a case may ask for its next extension, under which rule, by when, and what its
 * 审限 would become. The rules are the procedure catalogue's (src/domain/procedures: who approves
 * each step, how long, with citations) and the application timing of 延长审限规定 §1 / 刑诉法解释 §210
 * (apply 15 days before expiry). Docket routes requests its own court decides — steps approved by the
 * 院长 (or for which the law names no approver); a step for a higher court is explained, not routed.
 */

/** What the court's approver is asked to approve: the next statutory step. */
export interface ExtensionDraft {
  ruleId: string;
  ruleTitleZh: string;
  ruleTitleEn: string;
  /** 1 for the first extension. */
  stepNumber: number;
  approver: Approver;
  /** The statutory length; null when the law sets none (the request must give one). */
  length: Period | null;
  /** The statute and interpretations behind this step, then the application rule. */
  citations: readonly Citation[];
  conditionZh: string | null;
  conditionEn: string | null;
  currentDeadline: IsoDate;
  /** null when the law sets no application timing for this kind of case (then: before the 审限 ends). */
  window: ExtensionWindow | null;
  /** The most the law allows in all, from the start (简易 ≤ 4 months …). */
  cap: { period: Period; citations: readonly Citation[] } | null;
  /** Where converting the procedure is the lawful way on (简易 → 普通 …), with its citations. */
  conversion: { zh: string; en: string; citations: readonly Citation[] } | null;
}

export type ExtensionEligibility =
  | { ok: true; draft: ExtensionDraft }
  | { ok: false; reason: 'no_deadline' }
  | {
      ok: false;
      reason: 'not_extendable';
      ruleTitleZh: string;
      ruleTitleEn: string;
      conversion: ExtensionDraft['conversion'];
    }
  | { ok: false; reason: 'exhausted'; ruleTitleZh: string; ruleTitleEn: string; citations: readonly Citation[] }
  | { ok: false; reason: 'window_passed'; applyBy: IsoDate; deadline: IsoDate; citations: readonly Citation[] }
  | { ok: false; reason: 'higher_court'; approver: Approver; stepNumber: number; citations: readonly Citation[] };

/** Approvers the court itself provides: its 院长 (or whom it designates), and steps where the law names nobody. */
const DECIDED_IN_COURT: ReadonlySet<Approver> = new Set(['president', 'unnamed']);

/** Where the law offers a conversion instead of (or beyond) an extension. */
const CONVERSIONS: Readonly<Record<string, ExtensionDraft['conversion']>> = {
  'civil.first.simple': {
    zh: '案件不宜适用简易程序的，应在审限届满前裁定转为普通程序，审限自立案之日起计算（转普通而非延长）',
    en: 'a case unsuited to the simple procedure is converted to the ordinary procedure by a ruling before the limit ends, counted from filing (convert rather than extend)',
    citations: [cite('civilProcedureInterpretation', 258, 2), cite('civilProcedureInterpretation', 258, 3)],
  },
  'civil.first.small_claims': {
    zh: '案件不宜适用小额诉讼程序的，应裁定转为简易程序或普通程序审理',
    en: 'a case unsuited to the small-claims procedure is converted to the simple or ordinary procedure by a ruling',
    citations: [cite('civilProcedureLaw', 169)],
  },
  'administrative.first.simple': {
    zh: '行政简易程序的审限不能延长；案件不宜适用简易程序的，裁定转为普通程序',
    en: 'the administrative simple procedure cannot be extended; an unsuited case is converted to the ordinary procedure',
    citations: [cite('administrativeProcedureLaw', 84)],
  },
};

function timeLimitRuleOf(input: DeadlineInput, outcome: DeadlineOutcome, policy: DeadlinePolicy): TimeLimitRule | null {
  const selection = selectTimeLimitRule(timeLimitFactsOf(input, outcome.procedure), policy.unknownFacts);
  return selection.ok && selection.rule.id === outcome.ruleId ? selection.rule : null;
}

/**
 * May the case ask for its next extension on `today`? The request must come no later than the
 * application date (15 days before expiry where the law sets one) and never after the 审限 has run out.
 */
export function extensionEligibility(
  input: DeadlineInput,
  outcome: DeadlineOutcome,
  today: IsoDate,
  policy: DeadlinePolicy,
): ExtensionEligibility {
  if (outcome.kind !== 'deadline') return { ok: false, reason: 'no_deadline' };
  const rule = timeLimitRuleOf(input, outcome, policy);
  if (rule === null) return { ok: false, reason: 'no_deadline' };
  const conversion = CONVERSIONS[rule.id] ?? null;
  if (rule.extensions.length === 0)
    return { ok: false, reason: 'not_extendable', ruleTitleZh: rule.titleZh, ruleTitleEn: rule.titleEn, conversion };
  const step = stepFor(rule, outcome.extensionsApplied);
  const capReached = rule.cap !== null && outcome.extensionsApplied > 0 && outcome.extensionWindow === null;
  if (step === undefined || capReached)
    return {
      ok: false,
      reason: 'exhausted',
      ruleTitleZh: rule.titleZh,
      ruleTitleEn: rule.titleEn,
      citations: rule.cap?.citations ?? rule.extensions.flatMap((entry) => entry.citations),
    };
  const window = outcome.extensionWindow;
  const lastDay = window?.applyBy ?? outcome.deadline;
  if (today > lastDay || today > outcome.deadline)
    return {
      ok: false,
      reason: 'window_passed',
      applyBy: lastDay,
      deadline: outcome.deadline,
      citations: window?.citations ?? step.citations,
    };
  const stepNumber = outcome.extensionsApplied + 1;
  if (!DECIDED_IN_COURT.has(step.approver))
    return {
      ok: false,
      reason: 'higher_court',
      approver: step.approver,
      stepNumber,
      citations: [...step.citations, ...(window?.citations ?? [])],
    };
  const statutory = step.lengthFromProvisions2000 === true && !policy.provisions2000Lengths ? null : step.length;
  return {
    ok: true,
    draft: {
      ruleId: rule.id,
      ruleTitleZh: rule.titleZh,
      ruleTitleEn: rule.titleEn,
      stepNumber,
      approver: step.approver,
      length: statutory,
      citations: [...step.citations, ...(window?.citations ?? [])],
      conditionZh: step.conditionZh ?? null,
      conditionEn: step.conditionEn ?? null,
      currentDeadline: outcome.deadline,
      window,
      cap: rule.cap,
      conversion,
    },
  };
}

export type LengthCheck = { ok: true; length: Period } | { ok: false; reason: 'empty' | 'longer_than_law' };

/** The length asked for: positive, and no longer than the statutory step where the law sets one. */
export function checkLength(draft: ExtensionDraft, asked: Period): LengthCheck {
  if (asked.months < 0 || asked.days < 0 || asked.months + asked.days === 0) return { ok: false, reason: 'empty' };
  const statutory = draft.length;
  if (statutory !== null) {
    const longer =
      asked.months > statutory.months || (asked.months === statutory.months && asked.days > statutory.days);
    const inDays = statutory.months === 0 && asked.months > 0;
    if (longer || inDays) return { ok: false, reason: 'longer_than_law' };
  }
  return { ok: true, length: asked };
}

/** The 审限 the case would have if this extension were approved on `on` (the domain engine, the extension added). */
export function wouldBeDeadline(
  input: DeadlineInput,
  length: Period,
  on: IsoDate,
  calendar: HolidayCalendar,
  policy: DeadlinePolicy,
): IsoDate {
  const outcome = computeDeadline(
    {
      ...input,
      extensions: [
        ...(input.extensions ?? []),
        { months: length.months, days: length.days, approvedBy: '本院院长', on },
      ],
    },
    calendar,
    { policy, explain: false },
  );
  if (outcome.kind !== 'deadline') throw new Error('a case with a 审限 lost it when extended');
  return outcome.deadline;
}

/** A law's title as a form writes it inside 《》: no version note, inner 《》 as 〈〉. */
function formalTitle(citation: Citation): string {
  return LAWS[citation.law].titleZh
    .replace(/[（(][^（()）]*[)）]$/, '')
    .replace(/《/g, '〈')
    .replace(/》/g, '〉');
}

function formalArticle(citation: Citation): string {
  const article = citation.article === undefined ? '' : `第${numberToChinese(citation.article)}条`;
  const paragraph = citation.paragraph === undefined ? '' : `第${numberToChinese(citation.paragraph)}款`;
  const item = citation.item === undefined ? '' : `第（${numberToChinese(citation.item)}）项`;
  return `${article}${paragraph}${item}`;
}

/**
 * Citations as a court form writes them: each law's full title once in 《》, its articles after it in
 * Chinese numerals — 《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第一条.
 */
export function formatCitationsFormal(citations: readonly Citation[]): string {
  const byLaw = new Map<string, string[]>();
  for (const citation of citations) {
    const title = formalTitle(citation);
    const articles = byLaw.get(title) ?? [];
    const article = formalArticle(citation);
    if (!articles.includes(article)) articles.push(article);
    byLaw.set(title, articles);
  }
  return [...byLaw].map(([title, articles]) => `《${title}》${articles.join('、')}`).join('；');
}
