import { cite, type Citation } from '../law';
import type { CaseCategory } from '../procedures';

/**
 * Grounds for not counting a period (扣除审限, domain.md §2), by case category. A reason is matched by
 * keyword because exports write it freely (鉴定期间, 司法鉴定, 委托鉴定 …).
 */
interface ExclusionGround {
  readonly keywords: readonly string[];
  readonly zh: string;
  readonly en: string;
  readonly byCategory: Partial<Record<CaseCategory, readonly Citation[]>>;
  /** Statutory maximum in days, where there is one (延期审理 1 month, 辩护准备 10 days). */
  readonly maxDays?: number;
}

const P2000 = 'trialPeriodProvisions2000' as const;

const GROUNDS: readonly ExclusionGround[] = [
  {
    keywords: ['精神病鉴定'],
    zh: '精神病鉴定期间',
    en: 'psychiatric assessment',
    byCategory: { criminal: [cite('criminalProcedureInterpretation', 211)] },
  },
  {
    keywords: ['审计', '评估', '资产清理'],
    zh: '审计、评估、资产清理期间',
    en: 'audit, valuation or asset clearance',
    byCategory: {
      civil: [cite(P2000, 9, undefined, 8)],
      administrative: [cite(P2000, 9, undefined, 8)],
      enforcement: [cite(P2000, 9, undefined, 8)],
    },
  },
  {
    keywords: ['鉴定'],
    zh: '鉴定期间',
    en: 'expert assessment',
    byCategory: {
      civil: [cite('civilProcedureInterpretation', 243), cite(P2000, 9, undefined, 6)],
      administrative: [cite('administrativeProcedureInterpretation', 50, 1), cite(P2000, 9, undefined, 6)],
      criminal: [cite('criminalProcedureInterpretation', 211)],
    },
  },
  {
    keywords: ['公告'],
    zh: '公告期间',
    en: 'public announcement',
    byCategory: {
      civil: [
        cite('civilProcedureInterpretation', 243),
        cite('civilProcedureInterpretation', 129),
        cite(P2000, 9, undefined, 6),
      ],
      administrative: [cite('administrativeProcedureInterpretation', 50, 1), cite(P2000, 9, undefined, 6)],
    },
  },
  {
    keywords: ['管辖'],
    zh: '管辖异议、管辖争议期间',
    en: 'jurisdiction objection or dispute',
    byCategory: {
      civil: [cite('civilProcedureInterpretation', 243), cite(P2000, 9, undefined, 7)],
      administrative: [cite('administrativeProcedureInterpretation', 50, 1), cite(P2000, 9, undefined, 7)],
    },
  },
  {
    keywords: ['暂缓执行'],
    zh: '暂缓执行期间',
    en: 'suspension of enforcement',
    byCategory: { enforcement: [cite(P2000, 9, undefined, 10), cite(P2000, 9, undefined, 11)] },
  },
  {
    keywords: ['和解'],
    zh: '和解期间',
    en: 'settlement',
    byCategory: {
      civil: [cite('civilProcedureInterpretation', 243), cite('civilProcedureInterpretation', 129)],
      enforcement: [cite(P2000, 9, undefined, 10)],
    },
  },
  {
    keywords: ['中止'],
    zh: '中止期间',
    en: 'stay of proceedings',
    byCategory: {
      civil: [cite(P2000, 9, undefined, 9)],
      criminal: [cite('criminalProcedureLaw', 206, 2)],
      administrative: [cite('administrativeProcedureInterpretation', 50, 1), cite(P2000, 9, undefined, 9)],
      enforcement: [cite('enforcementWorkProvisions', 63), cite(P2000, 9, undefined, 9)],
    },
  },
  {
    keywords: ['拍卖', '变卖'],
    zh: '拍卖、变卖期间',
    en: 'auction or sale',
    byCategory: { enforcement: [cite(P2000, 9, undefined, 12)] },
  },
  {
    keywords: ['调解'],
    zh: '调解期间',
    en: 'mediation',
    byCategory: { administrative: [cite('administrativeProcedureInterpretation', 50, 1)] },
  },
  {
    keywords: ['查阅案卷', '阅卷'],
    zh: '人民检察院查阅案卷期间',
    en: 'procuratorate reviewing the file',
    byCategory: { criminal: [cite('criminalProcedureLaw', 235), cite('criminalProcedureInterpretation', 396)] },
  },
  {
    keywords: ['延期审理', '新证据', '新的证人', '重新鉴定', '勘验'],
    zh: '延期审理期间(当事人申请通知新的证人、调取新的证据、重新鉴定或勘验)',
    en: 'adjournment for new witnesses, evidence, assessment or inspection',
    byCategory: {
      civil: [cite(P2000, 9, undefined, 5)],
      criminal: [cite(P2000, 9, undefined, 5)],
      administrative: [cite(P2000, 9, undefined, 5)],
    },
    maxDays: 30,
  },
  {
    keywords: ['辩护'],
    zh: '辩护准备期间',
    en: 'defence preparation',
    byCategory: { criminal: [cite(P2000, 9, undefined, 2)] },
    maxDays: 10,
  },
  {
    keywords: ['民事诉讼', '关联民事'],
    zh: '相关民事争议另行诉讼期间',
    en: 'separate civil proceedings on a related dispute',
    byCategory: { administrative: [cite('administrativeProcedureInterpretation', 138, 3)] },
  },
];

export interface ClassifiedExclusion {
  readonly zh: string;
  readonly en: string;
  readonly citations: readonly Citation[];
  /** False when no source lets this reason be deducted in this kind of case (shown as a warning). */
  readonly recognised: boolean;
  readonly maxDays?: number;
}

const GENERIC: readonly Citation[] = [cite(P2000, 9)];

export function classifyExclusion(reason: string | null | undefined, category: CaseCategory): ClassifiedExclusion {
  const text = reason?.trim() ?? '';
  const ground =
    text === '' ? undefined : GROUNDS.find((candidate) => candidate.keywords.some((keyword) => text.includes(keyword)));
  const citations = ground?.byCategory[category];
  const label = text === '' ? '扣除审限' : text;
  if (ground === undefined || citations === undefined)
    return { zh: label, en: text === '' ? 'excluded period' : text, citations: GENERIC, recognised: false };
  return {
    zh: label,
    en: ground.en,
    citations,
    recognised: true,
    ...(ground.maxDays === undefined ? {} : { maxDays: ground.maxDays }),
  };
}
