/**
 * 周通报 and 月调度 as documents (Word) and workbooks (Excel): the written register of a court's 审管办 (Chinese, the
 * source of the shape; en.ts must match). Plain text, no mrkdwn.
 */
export const courtReportsZhCN = {
  kind: { weekly: '周通报', monthly: '月调度' },
  title: (period: string) => `关于${period}审判执行质效情况的通报`,
  /** The title as set on the page: broken where a reader breaks it, not where the line runs out. */
  titleLines: (period: string) => [`关于${period}`, '审判执行质效情况的通报'],
  range: (from: string, to: string) => `（${from}—${to}）`,
  addressee: '各审判团队、各部门：',
  opening: (kind: string, period: string, from: string, to: string) =>
    `现将${period}（${from}至${to}）全院审判执行质效情况${kind === '月调度' ? '调度' : '通报'}如下。`,
  issuer: '审判管理办公室',
  sections: {
    court: '全院主要指标',
    teams: '各团队指标完成情况',
    changes: '指标变化情况',
    attention: '需关注的团队和法官',
    diversion: '繁简分流情况',
    chart: '各团队指标与目标对比',
  },
  /** 一、二、三… for the section headings. */
  ordinals: ['一', '二', '三', '四', '五', '六', '七', '八'],
  tableCaption: (number: number, title: string) => `表${number}\u3000${title}`,
  figureCaption: (number: number, title: string) => `图${number}\u3000${title}`,
  tables: {
    court: '全院主要指标',
    teams: '各团队主要指标与目标',
    attention: '超12个月未结案件分布（件数）',
    diversion: '繁简分流',
  },
  columns: {
    metric: '指标',
    value: '本期',
    target: '目标',
    previous: { week: '较上周', month: '较上月', quarter: '较上季度', year: '较上年' },
    lastYear: '同比',
    yearToDate: '年内累计',
    status: '完成情况',
    team: '团队',
    judge: '承办法官',
    count: '件数',
    item: '项目',
    current: '本期',
    before: '上期',
    aYearBefore: '去年同期',
  },
  status: { met: '达标', not_met: '未达标', no_target: '—', no_data: '无数据' },
  none: '—',
  change: {
    signed: (sign: string, amount: string) => `${sign}${amount}`,
    up: (amount: string) => `上升${amount}`,
    down: (amount: string) => `下降${amount}`,
    flat: '持平',
    pointsUnit: '个百分点',
    daysUnit: '天',
    countUnit: '件',
  },
  noData: (period: string) => `${period}全院没有可统计的案件（无新收、无结案、无未结），本期不作指标通报，各表从略。`,
  courtSummary: (parts: string) => `本期全院${parts}。`,
  courtPart: (metric: string, value: string, changes: string) => `${metric}${value}${changes ? `（${changes}）` : ''}`,
  changesPart: (previous: string, lastYear: string) => [previous, lastYear].filter(Boolean).join('，'),
  previousChange: (label: string, change: string) => `${label}${change}`,
  lastYearChange: (change: string) => `同比${change}`,
  teamsSummary: (teams: number, total: number, items: number) =>
    items === 0
      ? `${total}个团队设有目标的指标均已达标。`
      : `${total}个团队中有${teams}个团队共${items}项指标未达目标。`,
  noTeams: '本院尚未设置审判团队，本期只通报全院指标。',
  newlyMissed: (team: string, names: string) => `${team}：${names}由上期达标转为未达标。`,
  newlyMet: (team: string, names: string) => `${team}：${names}由上期未达标转为达标。`,
  noChanges: '与上期相比，各团队指标的达标情况没有变化。',
  missedTeam: (team: string, list: string) => `${team}：${list}未达目标。`,
  missedItem: (metric: string, value: string, target: string) => `${metric}${value}（目标${target}）`,
  longPending: (day: string, count: number) =>
    count === 0
      ? `截至${day}，全院没有超12个月未结案件。`
      : `截至${day}，全院超12个月未结案件${count}件，分布见下表（只计件数，案件明细请在办案系统中查看）。`,
  unassignedJudge: '未分配法官',
  unassignedTeam: '未分配团队',
  diversion: {
    noFastTrack: '本院尚未指定速裁快审团队（docket team set <团队> --kind 速裁快审），速裁快审收案占比不作统计。',
    share: '速裁快审团队收案占比',
    shareRange: (min: number, max: number) => `${min}%—${max}%`,
    filed: '新收（已分配团队）',
    filedFastTrack: '其中速裁快审团队',
    filedUnassigned: '新收未分配团队（不计入占比）',
    shareTarget: '目标区间',
    shareStatus: { within: '在区间内', below: '低于区间', above: '高于区间', no_data: '无数据' },
    simpleClosed: '简易、小额程序结案（含转普通）',
    converted: '简转普',
    conversionRate: '简转普率',
    closedFastTrack: '速裁快审团队结案',
    daysFastTrack: '平均审理天数（速裁快审）',
    closedOrdinary: '其他团队结案',
    daysOrdinary: '平均审理天数（普通）',
    preFiled: '诉前调解新收',
    preClosed: '诉前调解结案',
    preSettled: '其中调解成功',
    preLawsuits: '其中调解不成转立案',
    preRate: '转立案比例',
    noPreLitigation: (codes: string) => `导入的数据中没有诉前调解案件（类型代字${codes}），第一次分流未作统计。`,
    summary: (share: string, min: number, max: number, status: string) =>
      `本期速裁快审团队收案占比${share}，目标区间${min}%—${max}%，${status}。`,
  },
  notes: {
    label: '注：',
    definitions: '各指标口径见附表（Excel）“口径”列；变化按指标本身单位计算，比率的变化以“个百分点”计。',
    targets: '表中目标除注明“周”“月”外均为年度目标。',
    teamKindUnknown: (teams: string) => `${teams}未设团队类型，按普通团队统计。`,
    noRanking:
      '本通报按团队固定顺序列示，不作排名（最高人民法院2024年9月修订审判质量管理指标体系时要求指标数据“不得通报排名”）。',
    chartMissing: '团队对比图未能生成，本期从略。',
    diversionDefinition: (codes: string) =>
      `繁简分流统计${codes}案件：速裁快审团队收案占比＝速裁快审团队新收÷已分配团队的新收；简转普率＝简转普÷简易、小额程序结案（含转普通）。`,
  },
  /** The issuing office under the text, and the red issuing line over the title. */
  signature: (court: string, issuer: string) => `${court}${issuer}`,
  issuingLine: (court: string, kind: string) => `${court}${kind}`,
  sheets: {
    court: '全院指标',
    teams: '团队指标',
    attention: '超12个月未结',
    diversion: '繁简分流',
    trend: '近六个月走势',
    notes: '说明',
  },
  sheetColumns: {
    unit: '单位',
    changeUnit: '变化单位',
    numerator: '分子',
    denominator: '分母',
    previousValue: '上期值',
    previousNumerator: '上期分子',
    previousDenominator: '上期分母',
    change: '环比变化',
    lastYearValue: '去年同期值',
    lastYearNumerator: '去年同期分子',
    lastYearDenominator: '去年同期分母',
    lastYearChange: '同比变化',
    definition: '口径',
    teamKind: '团队类型',
    targetKind: '目标期间',
    month: '月份',
  },
  units: { percent: '%', days: '天', count: '件', points: '个百分点' },
  teamKind: { unknown: '未设（按普通）' },
  targetKind: { week: '周目标', month: '月目标', year: '年度目标' },
  /** A target cell: the value, and its kind unless it is the year's (the usual, said once in a note). */
  targetCell: {
    week: (value: string) => `${value}（周）`,
    month: (value: string) => `${value}（月）`,
    year: (value: string) => value,
  },
  noDataSheet: '本期没有可统计的案件。',
  /** What the digest says about the documents, in Slack mrkdwn. */
  digest: {
    attached: (kind: string) => `本期${kind}（Word）和数据表（Excel）见本消息的回复，可直接转发。`,
    failed: (kind: string) => `本期${kind}文件未能生成，管理员已收到通知；可稍后运行 \`docket report\` 重新生成。`,
    failureRecipient: (kind: string) => `${kind}文件`,
  },
  files: {
    docx: (kind: string, period: string) => `${kind}-${period}.docx`,
    xlsx: (kind: string, period: string) => `${kind}数据-${period}.xlsx`,
    docxTitle: (title: string) => title,
    xlsxTitle: (kind: string, period: string) => `${kind}数据表 ${period}`,
  },
};

export type CourtReportsMessages = typeof courtReportsZhCN;
