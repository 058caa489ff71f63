import { z } from 'zod';
import { CLOSE_METHODS, type CloseMethodKey } from '../catalogues/closeMethods';

const closeMethodKey = z.enum(CLOSE_METHODS.keys as [CloseMethodKey, ...CloseMethodKey[]]);
const typeCodes = z.array(z.string().min(1));

/**
 * 口径: which cases count where (domain.md §5.3-5.4). No formula except 结案率 is officially sourced,
 * so every choice is here with a documented default and can be overridden per court (Court.metricPolicy).
 */
const metricPolicySchema = z.strictObject({
  /** Type codes left out of every metric (e.g. 执保, 财保 when a court does not count them). */
  excludeTypeCodes: typeCodes.default([]),
  /** Closings that count neither as filed nor as closed (销案: the case is treated as never filed). */
  excludeCloseMethods: z.array(closeMethodKey).default(['cancelled']),
  /** Type codes that are first instance (上诉率, 服判息诉率, 发改率). */
  firstInstanceTypeCodes: typeCodes.default(['民初', '刑初', '行初']),
  /** Closed cases without a 审限 (公示催告, 执保 …) in 审限内结案率: left out, or counted as on time. */
  casesWithoutDeadline: z.enum(['exclude', 'onTime']).default('exclude'),
  averageDays: z
    .strictObject({
      /** Subtract the excluded (扣除审限) days from each case's handling days. */
      subtractExcludedDays: z.boolean().default(false),
      /** Count the filing day too (+1 per case). */
      includeFilingDay: z.boolean().default(false),
    })
    .prefault({}),
  simpleProcedure: z
    .strictObject({
      typeCodes: typeCodes.default(['民初']),
      /** 小额诉讼 is a form of 简易程序 (民诉法 §165), so it counts by default. */
      smallClaimsCountAsSimple: z.boolean().default(true),
    })
    .prefault({}),
  reversal: z
    .strictObject({
      /** 发改率 over first-instance closings in the period, or over those whose appeal was decided. */
      denominator: z.enum(['firstInstanceClosed', 'appealsDecided']).default('firstInstanceClosed'),
    })
    .prefault({}),
  appealRate: z
    .strictObject({
      /** Over appealable closings only (not 调解, 撤诉, 小额, 特别程序 …), or over all first-instance closings. */
      denominator: z.enum(['appealable', 'allClosed']).default('appealable'),
    })
    .prefault({}),
  mediation: z
    .strictObject({
      typeCodes: typeCodes.default(['民初', '民终', '民再', '民撤']),
      /** Over cases that may be mediated (not 特别程序, 督促, 公示催告: 民诉法解释 §143), or over all closings. */
      denominator: z.enum(['mediable', 'allClosed']).default('mediable'),
    })
    .prefault({}),
  perJudge: z
    .strictObject({
      /** One basic court's 2022 rules left these out of 人均结案数 (domain.md §5.3). */
      excludeTypeCodes: typeCodes.default(['诉前调确', '诉前调书', '执保', '执恢']),
    })
    .prefault({}),
  enforcement: z
    .strictObject({
      typeCodes: typeCodes.default(['执', '执恢']),
      /** Closings that count as actually enforced (实际执结); some courts use 执行完毕 only. */
      executedCloseMethods: z
        .array(closeMethodKey)
        .default(['executed', 'voluntary_performance', 'enforcement_settlement']),
    })
    .prefault({}),
  /** 繁简分流 (src/domain/diversion, docs/digests.md). */
  diversion: z
    .strictObject({
      /** The cases split 繁简: their 新收 share in 速裁快审 teams, 简转普, and handling days by stream. */
      typeCodes: typeCodes.default(['民初']),
      /** The court's target for the 速裁快审 teams' share of 新收, in percent (the model court: 60%–70%). */
      fastTrackShare: z
        .strictObject({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
        .refine((range) => range.min <= range.max, { message: 'min must not exceed max' })
        .default({ min: 60, max: 70 }),
      /** 诉前调解 case type codes, where the import carries such cases (案号 such as （2026）内0291民诉前调12号). */
      preLitigationTypeCodes: typeCodes.default(['民诉前调', '诉前调']),
    })
    .prefault({}),
});

export type MetricPolicy = z.output<typeof metricPolicySchema>;

export const DEFAULT_METRIC_POLICY: MetricPolicy = metricPolicySchema.parse({});

/** A court's stored overrides (Court.metricPolicy JSON) over the defaults; throws a ZodError when invalid. */
export function resolveMetricPolicy(overrides: unknown): MetricPolicy {
  return metricPolicySchema.parse(overrides ?? {});
}
