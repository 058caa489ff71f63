import { normalizeText } from './normalize';

/**
 * The names people use for a law or interpretation, derived from its official title. Most come from rules that
 * hold for every title (drop 中华人民共和国; 民事诉讼法 → 民诉法; 适用《X法》的解释 → X法解释 / X解释); the table
 * below adds the fixed short forms in courts' daily use that no rule derives.
 */

const STATE_PREFIX = '中华人民共和国';
/** 最高人民法院关于, 最高人民检察院关于, and joint issuers: 最高人民法院、最高人民检察院关于, …、公安部关于. */
const SPC_PREFIX = /^最高人民(?:法院|检察院)(?:、[^、《]{2,12}?)*关于/;

/** Short forms of laws (keyed by the title without 中华人民共和国) that courts write in judgments and notes. */
const LAW_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  道路交通安全法: ['道交法', '道路交通法'],
  消费者权益保护法: ['消法', '消保法'],
  治安管理处罚法: ['治安处罚法', '治安法'],
  未成年人保护法: ['未保法'],
  反家庭暴力法: ['反家暴法'],
  人民法院组织法: ['法院组织法'],
  国家赔偿法: ['国赔法'],
  劳动争议调解仲裁法: ['劳动仲裁法', '劳动争议仲裁法', '调解仲裁法'],
  劳动合同法: ['劳合法'],
  社会保险法: ['社保法'],
  人民陪审员法: ['陪审员法'],
  行政处罚法: ['行罚法'],
  行政强制法: ['行强法'],
  // Abbreviations courts and lawyers write, one or two characters per word or without the name's first words, which
  // the short-name rule (shortNames.ts: a law's first two characters kept) cannot read; vetted one by one.
  企业破产法: ['破产法'],
  涉外民事关系法律适用法: ['法律适用法'],
  海事诉讼特别程序法: ['海诉法'],
  环境保护法: ['环保法'],
  环境保护税法: ['环保税法'],
  环境影响评价法: ['环评法'],
  大气污染防治法: ['大气法'],
  固体废物污染环境防治法: ['固废法'],
  野生动物保护法: ['野保法'],
  个人信息保护法: ['个保法'],
  个人所得税法: ['个税法'],
  个人独资企业法: ['独资企业法'],
  食品安全法: ['食安法'],
  药品管理法: ['药管法'],
  疫苗管理法: ['疫苗法'],
  电子商务法: ['电商法'],
  网络安全法: ['网安法'],
  数据安全法: ['数安法'],
  妇女权益保障法: ['妇保法'],
  残疾人保障法: ['残保法'],
  就业促进法: ['就促法'],
  民办教育促进法: ['民促法'],
  高等教育法: ['高教法'],
  职业教育法: ['职教法'],
  土地管理法: ['土管法'],
  城市房地产管理法: ['房地产管理法'],
  招标投标法: ['招投标法'],
  政府采购法: ['政采法'],
  证券投资基金法: ['基金法'],
  期货和衍生品法: ['期货法'],
  农民专业合作社法: ['合作社法'],
  对外贸易法: ['外贸法'],
  中国人民银行法: ['人民银行法', '央行法'],
  民用航空法: ['民航法'],
  出境入境管理法: ['出入境管理法'],
  居民身份证法: ['身份证法'],
  反恐怖主义法: ['反恐法'],
  英雄烈士保护法: ['英烈法', '英烈保护法'],
  人民警察法: ['警察法'],
  人民武装警察法: ['武警法'],
  人民检察院组织法: ['检察院组织法'],
  村民委员会组织法: ['村委会组织法'],
  城市居民委员会组织法: ['居委会组织法'],
  公职人员政务处分法: ['政务处分法'],
  全国人民代表大会和地方各级人民代表大会选举法: ['选举法'],
  地方各级人民代表大会和地方各级人民政府组织法: ['地方组织法'],
  各级人民代表大会常务委员会监督法: ['监督法'],
  香港特别行政区维护国家安全法: ['香港国安法', '港区国安法'],
  // 反 is the name's first character, and people drop it.
  反不正当竞争法: ['不正当竞争法'],
  // Named so by the library's own texts ("《中华人民共和国税收征收管理法》（以下简称税收征管法）"), which then cite
  // them by these names: 税收征管法第八十八条, 32 times in the shipped library.
  税收征收管理法: ['税收征管法'],
  保守国家秘密法: ['保密法'],
  进出口商品检验法: ['商检法'],
  缔结条约程序法: ['缔约程序法'],
};

/** Short forms of other rules (keyed by their normalized title) as courts cite them. */
const RULE_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  // The procuratorate's rules of criminal procedure, cited so in every criminal court (not its 2012 试行 text).
  人民检察院刑事诉讼规则: ['高检规则'],
  // Since 民法典 what 担保解释 means, as the rule of X法 → X解释 names the repealed 担保法 interpretation too (called
  // 担保法解释 in its day): sharing the name, the one in force answers first (行诉解释 alike).
  '最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释': ['担保解释'],
};

/** Short forms of SPC rules (keyed by their reduced name, see `reduceSpcTitle`) as courts cite them. */
const SPC_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  民事诉讼证据规定: ['证据规定', '民诉证据规定', '新证据规定'],
  执行工作规定: ['执行工作若干规定'],
  民事适用诉讼时效制度规定: ['诉讼时效规定', '诉讼时效司法解释'],
  执行异议和复议规定: ['执行异议复议规定', '异议复议规定'],
  民事执行中查封扣押冻结财产规定: ['查封扣押冻结规定', '查扣冻规定'],
  民事执行中变更追加当事人规定: ['变更追加规定', '变更追加当事人规定'],
  民事执行中财产调查规定: ['财产调查规定'],
  人身损害赔偿解释: ['人损解释'],
  道路交通事故损害赔偿解释: ['道交解释', '交通事故司法解释'],
  涉彩礼纠纷规定: ['彩礼规定', '彩礼纠纷规定'],
  以法院专递方式邮寄送达民事诉讼文书规定: ['法院专递规定', '邮寄送达规定'],
  执行程序中计算迟延履行期间债务利息解释: ['迟延履行利息解释', '迟延履行债务利息解释'],
  适用简易程序民事规定: ['简易程序规定', '民事简易程序规定'],
  严格执行审理期限制度规定: ['审限规定', '审理期限规定'],
  严格规范民商事延长审限和延期开庭规定: ['延长审限规定', '延长审限和延期开庭规定'],
  // Named by a word or two of a long subject, or by a contraction (限高 for 限制…高消费, 帮信 for 帮助信息网络犯罪活动),
  // which the short-name rule (shortNames.ts: two fifths of the name kept) cannot read.
  限制被执行人高消费规定: ['限高规定', '限制高消费规定'],
  公布失信被执行人名单信息规定: ['失信规定', '失信被执行人规定', '失信名单规定'],
  审判人员在诉讼活动中执行回避制度规定: ['回避规定', '回避制度规定'],
  非法利用信息网络帮助信息网络犯罪活动等解释: ['帮信解释', '帮信司法解释'],
  人民调解协议司法确认程序规定: ['司法确认规定', '司法确认程序规定'],
};

/** Words that every SPC title carries and nobody says when citing it. */
const SPC_FILLER = /人民法院|(?:审理|办理)(?=.*案件)|(?:具体应用|适用)法律|若干问题|若干|问题|案件|的|、/g;

export function withoutStatePrefix(name: string): string {
  return name.startsWith(STATE_PREFIX) ? name.slice(STATE_PREFIX.length) : name;
}

/** 民事诉讼法 → [民事诉讼法, 民诉法, 民诉]: the generic XY诉讼法 → X诉法 rule plus the table. */
function lawNames(law: string): string[] {
  const names = [law];
  const procedure = /^(\p{Script=Han})\p{Script=Han}诉讼法$/u.exec(law);
  if (procedure) names.push(`${procedure[1]}诉法`, `${procedure[1]}诉`);
  names.push(...(LAW_SHORT_FORMS[law] ?? []));
  return names;
}

/** (一) → also 一, so 婚姻家庭编解释一 finds the same document (names are normalized: （） became ()). */
function withOrdinalVariants(name: string, ordinal: string): string[] {
  if (!ordinal) return [name];
  return [`${name}${ordinal}`, `${name}${ordinal.slice(1, -1)}`];
}

function interpretationNames(title: string): string[] {
  const m = /^最高人民法院关于适用《([^》]+)》(.*?)(?:的)?(解释|规定)(\([^)]+\))?$/.exec(title);
  if (!m) return [];
  const [, law = '', topic = '', kind = '', ordinal = ''] = m;
  // 有关担保制度的解释 → 担保制度解释, 时间效力的若干规定 → 时间效力规定: 有关, 若干 and 若干问题 are how titles are
  // worded, not what they are called.
  const topicCore = topic.replace(/若干问题|若干|问题|有关|的/g, '');
  // …but where two interpretations of one law differ by it (行政诉讼法的解释, 行政诉讼法若干问题的解释), courts
  // keep it to tell them apart: 行诉若干问题解释.
  const topics = [topicCore];
  if (topic.includes('若干问题')) topics.push(topic.replace(/有关|的/g, ''));
  const names: string[] = [];
  for (const lawName of lawNames(withoutStatePrefix(law))) {
    const stems = lawName.endsWith('法') && lawName.length > 2 ? [lawName, lawName.slice(0, -1)] : [lawName];
    for (const stem of stems) {
      for (const t of topics) names.push(...withOrdinalVariants(`${stem}${t}${kind}`, ordinal));
      names.push(...withOrdinalVariants(`${stem}${topicCore}司法${kind}`, ordinal));
    }
  }
  if (topicCore)
    for (const name of [`${topicCore}${kind}`, `${topicCore}司法${kind}`])
      names.push(...withOrdinalVariants(name, ordinal));
  return names;
}

/**
 * 最高人民法院关于审理民间借贷案件适用法律若干问题的规定 → [民间借贷规定]; a 纠纷 or 刑事 in the subject is
 * dropped in speech too: 建设工程施工合同纠纷 → 建设工程施工合同解释, 盗窃刑事 → 盗窃解释.
 */
function reduceSpcTitle(title: string): string[] {
  const prefix = SPC_PREFIX.exec(title);
  if (!prefix || title.includes('《')) return [];
  const m = /^(.*?)(规定|解释|规则|办法|决定)(\([^)]+\))?$/.exec(title.slice(prefix[0].length));
  if (!m) return [];
  const core = (m[1] ?? '').replace(SPC_FILLER, '');
  if (!core) return [];
  const kind = m[2] ?? '';
  const cores = [...new Set([core, core.replace(/纠纷$/, ''), core.replace(/刑事$/, '')])].filter((c) => c.length >= 2);
  // An interpretation or a 规定 is a 司法解释, and is cited as one: 民间借贷司法解释, 人身损害赔偿司法解释.
  const interpretation = kind === '解释' || kind === '规定';
  return cores.flatMap((c) => [`${c}${kind}`, ...(interpretation ? [`${c}司法解释`] : [])]);
}

function spcRuleNames(title: string): string[] {
  const ordinal = /\([^)]+\)$/.exec(title)?.[0] ?? '';
  const names: string[] = [];
  for (const reduced of reduceSpcTitle(title)) {
    names.push(...withOrdinalVariants(reduced, ordinal));
    for (const short of SPC_SHORT_FORMS[reduced] ?? []) names.push(...withOrdinalVariants(short, ordinal));
  }
  return names;
}

/**
 * Names a 规定 that applies a law also goes by, since it is a judicial interpretation and courts cite it as one:
 * 最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三） → 公司法解释三, 公司法司法解释(三). Only names no
 * document carries as its own (`buildAliasTable` adds them after every `lawAliases` name), so they never take a name
 * from the interpretation that is called so.
 */
export function interpretationStyleAliases(title: string): string[] {
  const clean = normalizeText(title.trim());
  if (!/^最高人民法院关于适用《[^》]+》.*规定(\([^)]+\))?$/.test(clean)) return [];
  const asInterpretation = clean.replace(/规定(\([^)]+\))?$/, '解释$1');
  const names = interpretationNames(asInterpretation).filter((name) =>
    /解释(\([^)]+\)|[一二三四五六七八九十]+)?$/.test(name),
  );
  return [...new Set(names)].filter((n) => n.length >= 2);
}

/** Every name under which `title` may be cited, normalized, longest first, without duplicates. */
export function lawAliases(title: string): string[] {
  const clean = normalizeText(title.trim());
  const names = new Set<string>([clean, clean.replace(/[《》]/g, '')]);
  for (const name of lawNames(withoutStatePrefix(clean))) names.add(name);
  for (const name of RULE_SHORT_FORMS[clean] ?? []) names.add(name);
  // Court-wide rules (人民法院在线诉讼规则) are cited without the issuer, and so are the SPC's and SPP's own
  // (关于适用《中华人民共和国民事诉讼法》的解释): no two titles of the library differ by their issuers alone.
  if (clean.startsWith('人民法院')) names.add(clean.slice('人民法院'.length));
  const issuers = SPC_PREFIX.exec(clean);
  if (issuers) {
    const subject = clean.slice(issuers[0].length - '关于'.length);
    names.add(subject).add(subject.replace(/[《》]/g, ''));
  }
  for (const name of interpretationNames(clean)) names.add(name);
  for (const name of spcRuleNames(clean)) names.add(name);
  // A bare one- or two-character name (民诉, 刑诉) is only safe as part of a longer reference; keep ≥ 2 chars.
  return [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Names that cite `title` only right before an article number: a code cited by its subject alone (民法第一千零八十四条,
 * 中华人民共和国民法第六百条 mean 民法典). In running text the same characters are part of other words (人民法院,
 * 公民法律意识), so they do not name the law there.
 */
export function citationOnlyAliases(title: string): string[] {
  const code = /^(\p{Script=Han}{2,})典$/u.exec(withoutStatePrefix(normalizeText(title.trim())));
  return code ? [code[1] as string] : [];
}
