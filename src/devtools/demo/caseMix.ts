import type { ProcedureKey, Prosecution, SpecialKind } from '../../domain/procedures';
import { companyName, insurerName, lenderName, personName } from './names';
import { Weighted, type Random } from './random';
import type { Desk } from './staffPlan';

/**
 * What a basic court's intake looks like: the share of each 类型代字, the 案由 within it, the amounts in
 * dispute and the procedure each case gets. Shares follow a basic court's usual mix (民初 about half,
 * 首次执行 about a quarter, the rest 刑初, 民特, 保全 and 执行 side cases); 民终 is an intermediate-court
 * code and never appears here. Amounts are in 元.
 */
export interface CaseFacts {
  typeCode: string;
  cause: string;
  procedure: ProcedureKey;
  desk: Desk;
  prosecution: Prosecution | null;
  detained: boolean | null;
  incidentalCivil: boolean;
  nonLitigation: boolean;
  specialKind: SpecialKind | null;
  /** Months of 公告 before a 宣告失踪/宣告死亡/财产无主 case can be decided. */
  announcementMonths: number | null;
  /** 执异 counts from receipt of the written objection, a few days before 立案. */
  receivedDaysBefore: number | null;
  amount: number | null;
  parties: string;
  /** Chance the case needs an expert assessment (鉴定), which is not counted in the 审限. */
  appraisal: number;
}

export interface CourtContext {
  readonly city: string;
  readonly procuratorate: string;
  readonly agencies: readonly string[];
}

/** The 小额诉讼 ceiling (民诉法 §165): half the region's prior-year average annual wage, about 50,000 元. */
const SMALL_CLAIMS_CEILING = 50_000;

interface CivilCause {
  readonly cause: string;
  readonly weight: number;
  readonly medianAmount: number | null;
  /** 民诉法 §166 excludes 人身关系 and cases needing 鉴定 from 小额诉讼. */
  readonly smallClaims: boolean;
  /** Share tried under 普通程序 from the start (complex facts, large amounts, many parties). */
  readonly ordinary: number;
  readonly appraisal: number;
  readonly parties: (random: Random, context: CourtContext) => string;
}

const person = (random: Random): string => personName(random).name;
const versus = (plaintiffs: string, defendants: string): string => `原告：${plaintiffs}；被告：${defendants}`;
const either = (random: Random, context: CourtContext, companyShare: number): string =>
  random.chance(companyShare) ? companyName(random, context.city) : person(random);

const CIVIL_CAUSES: readonly CivilCause[] = [
  {
    cause: '民间借贷纠纷',
    weight: 16,
    medianAmount: 60_000,
    smallClaims: true,
    ordinary: 0.1,
    appraisal: 0.01,
    parties: (r, c) => versus(person(r), either(r, c, 0.15)),
  },
  {
    cause: '买卖合同纠纷',
    weight: 12,
    medianAmount: 90_000,
    smallClaims: true,
    ordinary: 0.14,
    appraisal: 0.02,
    parties: (r, c) => versus(either(r, c, 0.8), either(r, c, 0.7)),
  },
  {
    cause: '金融借款合同纠纷',
    weight: 9,
    medianAmount: 150_000,
    smallClaims: true,
    ordinary: 0.08,
    appraisal: 0,
    parties: (r, c) => versus(lenderName(r, c.city), person(r)),
  },
  {
    cause: '信用卡纠纷',
    weight: 7,
    medianAmount: 35_000,
    smallClaims: true,
    ordinary: 0.02,
    appraisal: 0,
    parties: (r, c) => versus(lenderName(r, c.city), person(r)),
  },
  {
    cause: '物业服务合同纠纷',
    weight: 7,
    medianAmount: 3_500,
    smallClaims: true,
    ordinary: 0.01,
    appraisal: 0,
    parties: (r, c) => versus(companyName(r, c.city), person(r)),
  },
  {
    cause: '供用热力合同纠纷',
    weight: 4,
    medianAmount: 2_800,
    smallClaims: true,
    ordinary: 0.01,
    appraisal: 0,
    parties: (r, c) => versus(companyName(r, c.city), person(r)),
  },
  {
    cause: '机动车交通事故责任纠纷',
    weight: 8,
    medianAmount: 70_000,
    smallClaims: false,
    ordinary: 0.15,
    appraisal: 0.35,
    parties: (r, c) => versus(person(r), `${person(r)}、${insurerName(r, c.city)}`),
  },
  {
    cause: '离婚纠纷',
    weight: 7,
    medianAmount: null,
    smallClaims: false,
    ordinary: 0.1,
    appraisal: 0,
    parties: (r) => versus(person(r), person(r)),
  },
  {
    cause: '劳动争议',
    weight: 3,
    medianAmount: 30_000,
    smallClaims: true,
    ordinary: 0.1,
    appraisal: 0.02,
    parties: (r, c) => versus(person(r), companyName(r, c.city)),
  },
  {
    cause: '追索劳动报酬纠纷',
    weight: 3,
    medianAmount: 25_000,
    smallClaims: true,
    ordinary: 0.05,
    appraisal: 0,
    parties: (r, c) => versus(person(r), companyName(r, c.city)),
  },
  {
    cause: '劳动合同纠纷',
    weight: 2,
    medianAmount: 40_000,
    smallClaims: true,
    ordinary: 0.1,
    appraisal: 0,
    parties: (r, c) => versus(either(r, c, 0.3), either(r, c, 0.7)),
  },
  {
    cause: '房屋租赁合同纠纷',
    weight: 3,
    medianAmount: 40_000,
    smallClaims: true,
    ordinary: 0.08,
    appraisal: 0.02,
    parties: (r, c) => versus(either(r, c, 0.3), either(r, c, 0.3)),
  },
  {
    cause: '建设工程施工合同纠纷',
    weight: 3,
    medianAmount: 400_000,
    smallClaims: false,
    ordinary: 0.45,
    appraisal: 0.3,
    parties: (r, c) => versus(companyName(r, c.city), companyName(r, c.city)),
  },
  {
    cause: '装饰装修合同纠纷',
    weight: 1.5,
    medianAmount: 50_000,
    smallClaims: true,
    ordinary: 0.1,
    appraisal: 0.1,
    parties: (r, c) => versus(either(r, c, 0.5), either(r, c, 0.5)),
  },
  {
    cause: '服务合同纠纷',
    weight: 2,
    medianAmount: 20_000,
    smallClaims: true,
    ordinary: 0.05,
    appraisal: 0,
    parties: (r, c) => versus(either(r, c, 0.6), either(r, c, 0.4)),
  },
  {
    cause: '承揽合同纠纷',
    weight: 1.5,
    medianAmount: 60_000,
    smallClaims: true,
    ordinary: 0.15,
    appraisal: 0.08,
    parties: (r, c) => versus(either(r, c, 0.6), either(r, c, 0.7)),
  },
  {
    cause: '租赁合同纠纷',
    weight: 1.5,
    medianAmount: 45_000,
    smallClaims: true,
    ordinary: 0.1,
    appraisal: 0,
    parties: (r, c) => versus(either(r, c, 0.6), either(r, c, 0.5)),
  },
  {
    cause: '追偿权纠纷',
    weight: 1.5,
    medianAmount: 60_000,
    smallClaims: true,
    ordinary: 0.08,
    appraisal: 0,
    parties: (r, c) => versus(either(r, c, 0.7), person(r)),
  },
  {
    cause: '保证合同纠纷',
    weight: 1,
    medianAmount: 100_000,
    smallClaims: true,
    ordinary: 0.1,
    appraisal: 0,
    parties: (r, c) => versus(lenderName(r, c.city), `${person(r)}、${person(r)}`),
  },
  {
    cause: '融资租赁合同纠纷',
    weight: 1,
    medianAmount: 120_000,
    smallClaims: true,
    ordinary: 0.1,
    appraisal: 0,
    parties: (r, c) => versus(companyName(r, c.city), either(r, c, 0.5)),
  },
  {
    cause: '抚养纠纷',
    weight: 1,
    medianAmount: null,
    smallClaims: false,
    ordinary: 0.05,
    appraisal: 0,
    parties: (r) => versus(person(r), person(r)),
  },
  {
    cause: '赡养纠纷',
    weight: 0.5,
    medianAmount: null,
    smallClaims: false,
    ordinary: 0.05,
    appraisal: 0,
    parties: (r) => versus(person(r), `${person(r)}、${person(r)}`),
  },
  {
    cause: '生命权、身体权、健康权纠纷',
    weight: 1.5,
    medianAmount: 50_000,
    smallClaims: false,
    ordinary: 0.2,
    appraisal: 0.3,
    parties: (r) => versus(person(r), person(r)),
  },
  {
    cause: '提供劳务者受害责任纠纷',
    weight: 1,
    medianAmount: 80_000,
    smallClaims: false,
    ordinary: 0.25,
    appraisal: 0.3,
    parties: (r, c) => versus(person(r), either(r, c, 0.6)),
  },
  {
    cause: '财产损害赔偿纠纷',
    weight: 1,
    medianAmount: 30_000,
    smallClaims: true,
    ordinary: 0.12,
    appraisal: 0.1,
    parties: (r, c) => versus(either(r, c, 0.3), either(r, c, 0.3)),
  },
  {
    cause: '商品房预售合同纠纷',
    weight: 1,
    medianAmount: 300_000,
    smallClaims: false,
    ordinary: 0.35,
    appraisal: 0.05,
    parties: (r, c) => versus(person(r), companyName(r, c.city)),
  },
  {
    cause: '房屋买卖合同纠纷',
    weight: 1,
    medianAmount: 250_000,
    smallClaims: false,
    ordinary: 0.3,
    appraisal: 0.05,
    parties: (r) => versus(person(r), person(r)),
  },
  {
    cause: '股权转让纠纷',
    weight: 0.5,
    medianAmount: 500_000,
    smallClaims: false,
    ordinary: 0.6,
    appraisal: 0.05,
    parties: (r, c) => versus(either(r, c, 0.4), either(r, c, 0.4)),
  },
  {
    cause: '合同纠纷',
    weight: 1,
    medianAmount: 80_000,
    smallClaims: true,
    ordinary: 0.15,
    appraisal: 0.02,
    parties: (r, c) => versus(either(r, c, 0.6), either(r, c, 0.6)),
  },
];

const CIVIL = new Weighted(CIVIL_CAUSES.map((cause) => [cause, cause.weight] as const));

function amountAround(random: Random, median: number | null, sigma = 0.9): number | null {
  if (median === null) return null;
  return Math.max(200, Math.round(random.logNormal(median, sigma) * 100) / 100);
}

function base(
  typeCode: string,
  cause: string,
  procedure: ProcedureKey,
  desk: Desk,
  parties: string,
  amount: number | null,
): CaseFacts {
  return {
    typeCode,
    cause,
    procedure,
    desk,
    prosecution: null,
    detained: null,
    incidentalCivil: false,
    nonLitigation: false,
    specialKind: null,
    announcementMonths: null,
    receivedDaysBefore: null,
    amount,
    parties,
    appraisal: 0,
  };
}

/** 民初: the procedure follows the amount and the kind of dispute, as 民诉法 §165–166 and court practice decide it. */
function civilFirstInstance(random: Random, context: CourtContext): CaseFacts {
  const spec = CIVIL.draw(random);
  const amount = amountAround(random, spec.medianAmount);
  let procedure: ProcedureKey = 'simple';
  if (random.chance(spec.ordinary)) procedure = 'ordinary';
  else if (spec.smallClaims && amount !== null && amount <= SMALL_CLAIMS_CEILING && random.chance(0.75))
    procedure = 'small_claims';
  // 繁简分流: most simple cases go to the 速裁快审 teams, complex ones to the 繁案 and 综合 teams.
  const desk: Desk =
    procedure !== 'ordinary' && random.chance(0.7) ? 'fast' : random.chance(0.85) ? 'civil' : 'administrative';
  return {
    ...base('民初', spec.cause, procedure, desk, spec.parties(random, context), amount),
    appraisal: spec.appraisal,
  };
}

const SPECIAL = new Weighted<readonly [SpecialKind, string, number | null]>([
  [['mediation_confirmation', '申请司法确认调解协议', null], 85],
  [['security_interest', '申请实现担保物权', null], 8],
  [['capacity', '申请认定公民无民事行为能力', null], 4],
  [['missing_person', '申请宣告公民失踪', 3], 1.5],
  [['death_declaration', '申请宣告公民死亡', 12], 0.5],
  [['ownerless_property', '申请认定财产无主', 12], 0.5],
  [['estate_administrator', '申请指定遗产管理人', null], 0.5],
]);

function civilSpecial(random: Random, context: CourtContext): CaseFacts {
  const [kind, cause, announcementMonths] = SPECIAL.draw(random);
  const parties =
    kind === 'mediation_confirmation'
      ? `申请人：${person(random)}、${either(random, context, 0.4)}`
      : `申请人：${either(random, context, kind === 'security_interest' ? 0.8 : 0)}`;
  const amount = kind === 'security_interest' ? amountAround(random, 200_000) : null;
  return { ...base('民特', cause, 'special', 'fast', parties, amount), specialKind: kind, announcementMonths };
}

const enforcementCauses = new Weighted<string>([
  ['金融借款合同纠纷', 18],
  ['民间借贷纠纷', 18],
  ['买卖合同纠纷', 12],
  ['信用卡纠纷', 8],
  ['劳动争议', 6],
  ['追索劳动报酬纠纷', 4],
  ['物业服务合同纠纷', 6],
  ['供用热力合同纠纷', 3],
  ['机动车交通事故责任纠纷', 7],
  ['离婚纠纷', 3],
  ['抚养纠纷', 2],
  ['建设工程施工合同纠纷', 4],
  ['房屋租赁合同纠纷', 3],
  ['融资租赁合同纠纷', 2],
  ['追偿权纠纷', 2],
  ['承揽合同纠纷', 2],
]);

function enforcement(typeCode: '执' | '执恢', random: Random, context: CourtContext): CaseFacts {
  // 非诉执行: a 行政机关 applies to enforce its own decision (罚款, 责令拆除 …).
  if (typeCode === '执' && random.chance(0.03)) {
    const parties = `申请执行人：${random.pick(context.agencies)}；被执行人：${either(random, context, 0.5)}`;
    return {
      ...base(
        '执',
        random.pick(['行政处罚', '行政强制', '行政征收']),
        'enforcement',
        'enforcement',
        parties,
        amountAround(random, 20_000),
      ),
      nonLitigation: true,
    };
  }
  const cause = enforcementCauses.draw(random);
  const creditor =
    cause.includes('金融') || cause.includes('信用卡')
      ? lenderName(random, context.city)
      : either(random, context, 0.3);
  const parties = `申请执行人：${creditor}；被执行人：${either(random, context, 0.35)}`;
  return base(typeCode, cause, 'enforcement', 'enforcement', parties, amountAround(random, 60_000, 1.1));
}

function enforcementObjection(random: Random, context: CourtContext): CaseFacts {
  const cause = random.chance(0.45) ? '案外人执行异议' : '执行行为异议';
  const parties = `异议人：${either(random, context, 0.3)}；申请执行人：${either(random, context, 0.4)}；被执行人：${either(random, context, 0.4)}`;
  return {
    ...base('执异', cause, 'enforcement_objection', 'enforcementRulings', parties, null),
    receivedDaysBefore: random.int(0, 3),
  };
}

function preservation(typeCode: '财保' | '执保', random: Random, context: CourtContext): CaseFacts {
  const parties = `申请人：${either(random, context, 0.6)}；被申请人：${either(random, context, 0.5)}`;
  const amount = amountAround(random, 200_000, 1.0);
  if (typeCode === '财保')
    return base(
      '财保',
      random.chance(0.85) ? '申请诉前财产保全' : '申请仲裁前财产保全',
      'preservation',
      'enforcementRulings',
      parties,
      amount,
    );
  return base('执保', enforcementCauses.draw(random), 'enforcement', 'enforcementRulings', parties, amount);
}

function paymentOrder(random: Random, context: CourtContext): CaseFacts {
  const parties = `申请人：${random.chance(0.5) ? lenderName(random, context.city) : companyName(random, context.city)}；被申请人：${either(random, context, 0.4)}`;
  return base('民督', '申请支付令', 'payment_order', 'fast', parties, amountAround(random, 40_000));
}

function publicNotice(random: Random, context: CourtContext): CaseFacts {
  return base(
    '民催',
    '申请公示催告',
    'public_notice',
    'administrative',
    `申请人：${companyName(random, context.city)}`,
    amountAround(random, 100_000, 0.7),
  );
}

const criminalCauses = new Weighted<readonly [cause: string, expedited: number, simple: number, detained: number]>([
  [['危险驾驶罪', 0.7, 0.27, 0.15], 28],
  [['盗窃罪', 0.3, 0.5, 0.6], 15],
  [['帮助信息网络犯罪活动罪', 0.35, 0.45, 0.5], 12],
  [['诈骗罪', 0.15, 0.45, 0.7], 10],
  [['故意伤害罪', 0.15, 0.45, 0.5], 6],
  [['寻衅滋事罪', 0.1, 0.45, 0.7], 4],
  [['交通肇事罪', 0.3, 0.55, 0.2], 4],
  [['掩饰、隐瞒犯罪所得、犯罪所得收益罪', 0.3, 0.5, 0.5], 4],
  [['开设赌场罪', 0.1, 0.45, 0.7], 3],
  [['妨害公务罪', 0.3, 0.5, 0.5], 2],
  [['贩卖毒品罪', 0.05, 0.35, 0.95], 2],
  [['职务侵占罪', 0.1, 0.4, 0.5], 2],
  [['非法吸收公众存款罪', 0, 0.1, 0.8], 2],
  [['拒不支付劳动报酬罪', 0.2, 0.6, 0.3], 1],
  [['污染环境罪', 0.05, 0.35, 0.4], 1],
  [['非法采矿罪', 0.05, 0.4, 0.4], 1],
]);

function criminalFirstInstance(random: Random, context: CourtContext): CaseFacts {
  const defendants = Array.from({ length: random.chance(0.8) ? 1 : random.int(2, 4) }, () => person(random)).join('、');
  if (random.chance(0.01)) {
    // 自诉: the victim prosecutes; defendants are rarely detained.
    const parties = `自诉人：${person(random)}；被告人：${defendants}`;
    return {
      ...base('刑初', random.pick(['故意伤害罪', '侵占罪', '侮辱罪']), 'ordinary', 'criminal', parties, null),
      prosecution: 'private',
      detained: random.chance(0.1),
    };
  }
  const [cause, expedited, simple, detained] = criminalCauses.draw(random);
  const draw = random.next();
  const procedure: ProcedureKey = draw < expedited ? 'expedited' : draw < expedited + simple ? 'simple' : 'ordinary';
  const parties = `公诉机关：${context.procuratorate}；被告人：${defendants}`;
  return {
    ...base('刑初', cause, procedure, 'criminal', parties, null),
    prosecution: 'public',
    detained: random.chance(detained),
    incidentalCivil: (cause === '交通肇事罪' || cause === '故意伤害罪') && random.chance(0.3),
    appraisal: cause === '故意伤害罪' ? 0.02 : 0.003,
  };
}

const ADMINISTRATIVE_CAUSES = [
  '行政处罚',
  '行政强制',
  '行政登记',
  '政府信息公开',
  '工伤认定',
  '行政协议',
  '行政征收',
  '行政不作为',
];

function administrativeFirstInstance(random: Random, context: CourtContext): CaseFacts {
  const parties = `原告：${either(random, context, 0.35)}；被告：${random.pick(context.agencies)}`;
  return base(
    '行初',
    random.pick(ADMINISTRATIVE_CAUSES),
    random.chance(0.2) ? 'simple' : 'ordinary',
    'administrative',
    parties,
    null,
  );
}

function nonLitigationReview(random: Random, context: CourtContext): CaseFacts {
  const parties = `申请执行人：${random.pick(context.agencies)}；被执行人：${either(random, context, 0.5)}`;
  const facts = base(
    '行审',
    random.pick(['行政处罚', '行政强制', '行政征收']),
    'nonlitigation_review',
    'administrative',
    parties,
    amountAround(random, 15_000),
  );
  return { ...facts, specialKind: random.chance(0.8) ? 'written_review' : 'hearing_review' };
}

/** The intake mix by share of filings. */
export const CASE_MIX = new Weighted<(random: Random, context: CourtContext) => CaseFacts>([
  [civilFirstInstance, 50],
  [(r, c) => enforcement('执', r, c), 23],
  [criminalFirstInstance, 7],
  [civilSpecial, 5.5],
  [(r, c) => preservation('财保', r, c), 3],
  [(r, c) => preservation('执保', r, c), 3],
  [(r, c) => enforcement('执恢', r, c), 2.5],
  [enforcementObjection, 1.5],
  [paymentOrder, 0.8],
  [administrativeFirstInstance, 0.8],
  [nonLitigationReview, 0.6],
  [publicNotice, 0.3],
]);

/**
 * A 发回重审 case: the same dispute filed anew under a new number of the same type, tried under 普通程序
 * (民诉法解释 §257 excludes 简易); civil retrials go to the 繁案 team.
 */
export function retrialAfterRemand(original: CaseFacts): CaseFacts {
  return {
    ...original,
    procedure: 'ordinary',
    desk: original.typeCode === '民初' ? 'civil' : original.desk,
    receivedDaysBefore: null,
  };
}
