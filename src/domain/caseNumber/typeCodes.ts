/**
 * 类型代字 from 人民法院案件类型及其代字标准 (2015), with the bankruptcy and compulsory-liquidation
 * codes of 法〔2016〕237号 (domain.md §4.2). Names are short readings for display.
 */
export type TypeCodeCategory =
  | 'jurisdiction'
  | 'criminal'
  | 'civil'
  | 'bankruptcy'
  | 'administrative'
  | 'stateCompensation'
  | 'judicialAid'
  | 'judicialAssistance'
  | 'sanction'
  | 'preservation'
  | 'enforcement';

export interface TypeCodeInfo {
  readonly code: string;
  readonly category: TypeCodeCategory;
  readonly nameZh: string;
  /** False for codes seen in practice but not in the texts we have (强清, 破: domain.md §4.2, U10). */
  readonly verified: boolean;
}

type Row = readonly [code: string, nameZh: string];

function group(category: TypeCodeCategory, rows: readonly Row[], verified = true): TypeCodeInfo[] {
  return rows.map(([code, nameZh]) => ({ code, category, nameZh, verified }));
}

export const TYPE_CODES: readonly TypeCodeInfo[] = [
  ...group('jurisdiction', [
    ['刑辖', '刑事管辖'], ['民辖', '民事管辖'], ['民辖终', '民事管辖上诉'], ['民辖监', '民事管辖监督'],
    ['行辖', '行政管辖'], ['行辖终', '行政管辖上诉'], ['赔辖', '国家赔偿管辖'], ['赔辖终', '国家赔偿管辖上诉'],
  ]),
  ...group('criminal', [
    ['刑初', '刑事一审'], ['刑终', '刑事二审'], ['刑监', '刑事审判监督'], ['刑申', '刑事申诉审查'],
    ['刑抗', '刑事抗诉'], ['刑再', '刑事再审'], ['刑没', '违法所得没收'], ['刑核', '刑事复核'],
    ['刑医', '强制医疗'], ['刑医解', '解除强制医疗'], ['刑医复', '强制医疗复议'], ['刑医监', '强制医疗监督'],
    ['刑止', '终止审理'], ['刑止调', '终止审理调查'], ['刑止核', '终止审理核准'], ['刑更', '减刑假释'],
    ['刑更监', '减刑假释监督'], ['刑更备', '减刑假释备案'], ['刑他', '刑事其他'],
  ]),
  ...group('civil', [
    ['民初', '民事一审'], ['民终', '民事二审'], ['民监', '民事审判监督'], ['民申', '民事申请再审审查'],
    ['民抗', '民事抗诉'], ['民再', '民事再审'], ['民撤', '第三人撤销之诉'], ['民特', '特别程序'],
    ['民特监', '特别程序监督'], ['民催', '公示催告'], ['民督', '督促程序'], ['民督监', '督促程序监督'], ['民他', '民事其他'],
  ]),
  ...group('bankruptcy', [
    ['清申', '强制清算申请审查'], ['破申', '破产申请审查'], ['清终', '强制清算上诉'], ['破终', '破产上诉'],
    ['清监', '强制清算监督'], ['破监', '破产监督'],
  ]),
  ...group('bankruptcy', [['强清', '强制清算'], ['破', '破产']], false),
  ...group('administrative', [
    ['行初', '行政一审'], ['行终', '行政二审'], ['行监', '行政审判监督'], ['行申', '行政申请再审审查'],
    ['行抗', '行政抗诉'], ['行再', '行政再审'], ['行审', '非诉行政执行审查'], ['行审复', '非诉行政执行审查复议'], ['行他', '行政其他'],
  ]),
  ...group('stateCompensation', [
    ['行赔初', '行政赔偿一审'], ['行赔终', '行政赔偿二审'], ['行赔监', '行政赔偿监督'], ['行赔申', '行政赔偿申请再审审查'],
    ['行赔抗', '行政赔偿抗诉'], ['行赔再', '行政赔偿再审'], ['法赔', '法院作为赔偿义务机关'], ['委赔', '赔偿委员会审理'],
    ['委赔监', '赔偿委员会监督'], ['委赔提', '赔偿委员会提审'], ['委赔再', '赔偿委员会重新审理'], ['赔他', '国家赔偿其他'],
  ]),
  ...group('judicialAid', [
    ['司救刑', '刑事司法救助'], ['司救民', '民事司法救助'], ['司救行', '行政司法救助'], ['司救赔', '国家赔偿司法救助'],
    ['司救执', '执行司法救助'], ['司救访', '涉诉信访司法救助'], ['司救他', '其他司法救助'],
  ]),
  ...group('judicialAssistance', [
    ['认台', '认可台湾裁判'], ['认港', '认可香港裁判'], ['认澳', '认可澳门裁判'], ['认复', '认可复议'], ['认他', '认可其他'],
    ['请台送', '请求台湾送达'], ['请港送', '请求香港送达'], ['请澳送', '请求澳门送达'], ['台请送', '台湾请求送达'],
    ['港请送', '香港请求送达'], ['澳请送', '澳门请求送达'], ['请台调', '请求台湾调查取证'], ['请港调', '请求香港调查取证'],
    ['请澳调', '请求澳门调查取证'], ['台请调', '台湾请求调查取证'], ['港请调', '香港请求调查取证'], ['澳请调', '澳门请求调查取证'],
    ['请移管', '请求移管被判刑人'], ['助移管', '协助移管被判刑人'], ['请移赃', '请求移交赃款赃物'], ['助移赃', '协助移交赃款赃物'],
    ['协外认', '协助外国承认与执行'], ['协他', '司法协助其他'], ['协外送', '协助外国送达'], ['请外送', '请求外国送达'],
    ['协外调', '协助外国调查取证'], ['请外调', '请求外国调查取证'], ['请外移', '请求外国移管'], ['协外移', '协助外国移管'],
    ['请外引', '请求外国引渡'], ['协外引', '协助外国引渡'],
  ]),
  ...group('sanction', [['司惩', '司法制裁'], ['司惩复', '司法制裁复议']]),
  ...group('preservation', [['财保', '财产保全'], ['行保', '行为保全'], ['行保复', '行为保全复议'], ['证保', '证据保全']]),
  ...group('enforcement', [
    ['执', '首次执行'], ['执恢', '恢复执行'], ['执保', '财产保全执行'], ['执异', '执行异议'],
    ['执复', '执行复议'], ['执监', '执行监督'], ['执协', '执行协调'], ['执他', '执行其他'],
  ]),
];

const BY_CODE: ReadonlyMap<string, TypeCodeInfo> = new Map(TYPE_CODES.map((info) => [info.code, info]));

export function typeCodeInfo(code: string): TypeCodeInfo | undefined {
  return BY_CODE.get(code);
}

export function isKnownTypeCode(code: string): boolean {
  return BY_CODE.has(code);
}
