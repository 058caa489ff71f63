import type { AliasMatch, AliasTable } from './aliasTable';
import { findAliases } from './aliasTable';
import { withoutStatePrefix } from './lawNames';
import { normalizeText } from './normalize';

/**
 * Short names no rule of lawNames.ts derives, read right before an article number: courts shorten a title by
 * dropping characters (精神损害赔偿解释 for 最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释, 执行异议规定
 * for …执行异议和复议案件若干问题的规定), so a name that is no alias still means the document one of whose aliases
 * holds its characters in order, when
 * - it ends with the same kind word as that alias (解释, 规定, 条例, 办法, 法 …: a 规定 is never short for a 解释);
 * - a law's (法) keeps the first two characters of the law's name, 中华人民共和国 aside, and more than them
 *   (海事诉讼法 for 海事诉讼特别程序法, 反电诈法 for 反电信网络诈骗法): a 法 no alias names is most often a law the
 *   library does not hold (合同法, 物权法, repealed by 民法典), not the one whose name ends with it (劳动合同法), and
 *   a law's first word alone (中国法, 数据法) says what it is about, not which law it is;
 * - besides the kind word it has at least two characters that are not generic words (该, 有关, 国务院, 暂行 …), and
 *   keeps at least two fifths of the alias (民诉法规定 is too little of 修改后民事诉讼法施行时未结案件规定);
 * - it fits at most two documents (执行规定 fits 委托执行, 执行和解, 执行担保 … and names none of them);
 * - it starts at a word, not inside one of the words titles are made of (损害解释 in 精神损害解释);
 * - a law it names by an alias is the law the document is about (道交法实施条例, not 劳动法实施条例 for 劳动合同法's);
 * - its ordinal, like (一) or a bare 一 after the kind word (建工解释一), is the alias's, or it has none and the title
 *   is the only one of its kind without one (继承编解释 is 继承编的解释（一） while no （二） exists;
 *   婚姻家庭编解释 could be either of two).
 * The longest such name ending before the number is taken (依照精神损害赔偿解释 → 精神损害赔偿解释), and of the
 * documents it fits, the one in force, then the most specific fit (the alias the name covers the largest share of,
 * then the shortest title), then the first in index order.
 *
 * Used for queries only: an article's own text cites laws by their full names or the derived aliases, and reading
 * every article of the library (citations.ts) must not pay for this.
 */

/** Kinds of documents as titles end; longest first, so 办法 is not read as 法. */
const KINDS = [
  '司法解释',
  '办法',
  '条例',
  '规则',
  '细则',
  '解释',
  '规定',
  '决定',
  '意见',
  '批复',
  '答复',
  '安排',
  '法',
];
/** A law: its short name keeps how its name starts (see `keepsLawStart`). */
const LAW = '法';

/** The kind a name or alias ends with; 司法解释 is a 解释 (民间借贷司法解释 is a 规定's name, and a 解释's). */
function kindOf(name: string): string | undefined {
  const kind = KINDS.find((k) => name.endsWith(k));
  return kind === '司法解释' ? '解释' : kind;
}

/** How many of `name`'s last characters its kind word takes: 司法解释 whole (司法 is no part of a subject). */
function kindLength(name: string, kind: string): number {
  return kind === '解释' && name.endsWith('司法解释') ? '司法解释'.length : kind.length;
}

/**
 * Words that qualify a kind word without naming a document: what running text writes before 规定 or 解释 (该规定,
 * 上述规定, 有关规定, 法律规定, 司法解释, 国务院规定), and the words of titles' wording that tell none apart
 * (管理条例, 实施细则, 暂行规定, 若干规定). Longest first.
 */
const GENERIC = new RegExp(
  [
    '最高人民法院',
    '最高人民检察院',
    '中华人民共和国',
    '人民法院',
    '最高法院',
    '最高院',
    '国务院',
    '行政法规',
    '法律',
    '法规',
    '司法',
    '法院',
    '国家',
    '地方',
    '部门',
    '政府',
    '有关',
    '相关',
    '上述',
    '前述',
    '下述',
    '所述',
    '前款',
    '上款',
    '下列',
    '以下',
    '以上',
    '其他',
    '其它',
    '其余',
    '具体',
    '特别',
    '一般',
    '最新',
    '现行',
    '新的',
    '关于',
    '若干',
    '问题',
    '补充',
    '暂行',
    '试行',
    '实施',
    '管理',
    '适用',
    '应用',
    '审理',
    '办理',
    '案件',
    '工作',
    '这个',
    '那个',
    '哪个',
    '这部',
    '那部',
    '哪部',
    '这条',
    '那条',
    '哪条',
    '这些',
    '那些',
    '该',
    '本',
    '此',
    '这',
    '那',
    '哪',
    '其',
    '各',
    '每',
    '原',
    '新',
    '旧',
    '的',
  ].join('|'),
  'g',
);

/** Characters besides the kind word, not counting generic words, that a short name needs to name one document. */
const MIN_SPECIFIC_CHARACTERS = 2;

/**
 * The least share of a document's name that a short name keeps: two fifths of its characters (建工解释 is four of
 * 建设工程施工合同解释's ten). Less is a few words that many titles hold (民诉法规定 in
 * 修改后民事诉讼法施行时未结案件规定), not a name for one of them.
 */
const MIN_SHARE = 0.4;

/**
 * The most documents a short name may fit and still name one of them, the most specific: 精神损害赔偿解释 fits the
 * 民事侵权 and the 国家赔偿 interpretation; 执行规定 fits seven rules, and names none.
 */
const MAX_FITS = 2;

/** An ordinal or (试行) right before the article number: 婚姻家庭编解释(一)第五条. */
const ORDINAL_BEFORE = /\([^()]{1,4}\)$/;
/** …or one written bare after the kind word, as courts do: 建工解释一第二条 is 建设工程施工合同解释（一）第二条. */
const BARE_ORDINAL = new RegExp(`(?:${KINDS.join('|')})([一二三四五六七八九十]{1,2})$`);
const TRAILING_PARENTHESES = /\([^()]*\)$/;

interface Candidate {
  /** The alias without 《》, its trailing ordinal and its kind word. */
  readonly stem: string;
  /** The alias's length without 《》 and its ordinal. */
  readonly length: number;
  /** Its ordinal, such as (一) or (试行); '' for none. */
  readonly ordinal: string;
  readonly title: TitleGroup;
}

interface TitleGroup {
  /** The versions of the title, in index order. */
  readonly documents: readonly number[];
  readonly inForce: boolean;
  readonly titleLength: number;
  /** The title, normalized, without 《》. */
  readonly name: string;
  /** Another title differs from this one by its ordinal alone: the ordinal may not be left out. */
  readonly ordinalNeeded: boolean;
}

interface ShortNameTable {
  /** The aliases by kind. */
  readonly byKind: ReadonlyMap<string, readonly Candidate[]>;
  /** Every two characters next to each other in a title: the words names are made of. */
  readonly titleBigrams: ReadonlySet<string>;
}

/** Built on the first query that needs it, never by the index build. */
const byTable = new WeakMap<AliasTable, ShortNameTable>();

function shortNameTable(table: AliasTable): ShortNameTable {
  const cached = byTable.get(table);
  if (cached) return cached;
  const groups = new Map<string, { documents: number[]; inForce: boolean }>();
  const titles = table.titles.map((title) => normalizeText(title.trim()));
  titles.forEach((title, d) => {
    const group = groups.get(title) ?? { documents: [], inForce: false };
    group.documents.push(d);
    if (table.repealed[d] !== true) group.inForce = true;
    groups.set(title, group);
  });
  const bases = new Map<string, number>();
  for (const title of groups.keys()) {
    const base = title.replace(TRAILING_PARENTHESES, '');
    bases.set(base, (bases.get(base) ?? 0) + 1);
  }
  const titleGroups = new Map<string, TitleGroup>();
  for (const [title, group] of groups)
    titleGroups.set(title, {
      ...group,
      titleLength: title.length,
      name: title.replace(/[《》]/g, ''),
      ordinalNeeded: (bases.get(title.replace(TRAILING_PARENTHESES, '')) ?? 0) > 1,
    });
  const byKind = new Map<string, Candidate[]>();
  for (const [alias, targets] of table.byAlias) {
    if (table.citationOnly.has(alias)) continue;
    const plain = alias.replace(/[《》]/g, '');
    const ordinal = ORDINAL_BEFORE.exec(plain)?.[0] ?? '';
    const base = plain.slice(0, plain.length - ordinal.length);
    const kind = kindOf(base);
    if (!kind) continue;
    const stem = base.slice(0, base.length - kindLength(base, kind));
    const seen = new Set<string>();
    for (const d of targets) {
      const title = titles[d] as string;
      if (seen.has(title)) continue;
      seen.add(title);
      const list = byKind.get(kind) ?? [];
      list.push({ stem, length: base.length, ordinal, title: titleGroups.get(title) as TitleGroup });
      byKind.set(kind, list);
    }
  }
  const titleBigrams = new Set<string>();
  for (const title of groups.keys()) for (let i = 1; i < title.length; i++) titleBigrams.add(title.slice(i - 1, i + 1));
  const built = { byKind, titleBigrams };
  byTable.set(table, built);
  return built;
}

/** How many of `name`'s last characters are, in order, characters of `alias` (read from the end: the longest). */
function coveredSuffix(name: string, alias: string): number {
  let n = name.length;
  for (let i = alias.length - 1; i >= 0 && n > 0; i--) if (alias[i] === name[n - 1]) n--;
  return name.length - n;
}

/**
 * How many of a law's first characters its short name keeps as they are to cite it (海事诉讼法 of 海事诉讼特别程序法),
 * and to offer it (环保法 of 环境保护法).
 */
const LAW_START = 2;
const LAW_START_OFFERED = 1;

/**
 * Whether a law's short name (its 法 left off) starts as the law's name does, 中华人民共和国 aside, and holds the
 * rest of its characters in order: 海事诉讼法 is 海事诉讼特别程序法's, but 合同法, the end of 劳动合同法's name, is
 * another law (repealed: the library does not hold it).
 */
function keepsLawStart(subject: string, stem: string, start: number): boolean {
  const name = withoutStatePrefix(subject);
  const law = withoutStatePrefix(stem);
  if (name.length < start || !law.startsWith(name.slice(0, start))) return false;
  let i = start;
  for (let j = start; j < law.length && i < name.length; j++) if (law[j] === name[i]) i++;
  return i === name.length;
}

/**
 * A law the name names by one of its own names is the law the document is about: 道交法实施条例 is the 道路交通安全法's,
 * but 劳动法实施条例 is not the 劳动合同法's.
 */
function namesItsLaws(table: AliasTable, laws: readonly AliasMatch[], candidate: Candidate): boolean {
  return laws.every((law) =>
    law.targets.some((d) => candidate.title.name.includes(withoutStatePrefix(table.titles[d] ?? ''))),
  );
}

/**
 * Whether a name (its kind word left off) says which document it is, beyond generic words; a law's name in it counts
 * whole (the 司法 of 公司法 is no generic word).
 */
function specific(subject: string, laws: readonly AliasMatch[], offset: number): boolean {
  let masked = subject;
  for (const law of laws)
    masked = `${masked.slice(0, law.start - offset)}${'□'.repeat(law.end - law.start)}${masked.slice(law.end - offset)}`;
  return masked.replace(GENERIC, '').length >= MIN_SPECIFIC_CHARACTERS;
}

/**
 * Names are read from Han characters, book-title marks and the 、 titles list words with (《拍卖、变卖规定》); at
 * most this many (longer than any title).
 */
const NAME_CHARACTER = /[\p{Script=Han}《》、]/u;
const MAX_NAME = 80;
/** Marks read through in a name: what it says is its characters. */
const NAME_MARK = /[《》、]/;
/**
 * How titles are worded, kept in a name as written (有关担保制度的解释, 婚姻家庭编的解释（一）, 民间借贷案件规定) but
 * dropped from the names derived from titles (lawNames.ts): no part of what the name says.
 */
const TITLE_WORDING = /若干问题|若干|有关|案件|的/g;

/** The positions in `text` of the characters a name written from `start` to `end` says. */
function nameCharacters(text: string, start: number, end: number): number[] {
  const marksDropped: number[] = [];
  for (let i = start; i < end; i++) if (!NAME_MARK.test(text[i] ?? '')) marksDropped.push(i);
  const written = marksDropped.map((i) => text[i]).join('');
  const wording = new Set<number>();
  for (const m of written.matchAll(TITLE_WORDING)) for (let k = 0; k < m[0].length; k++) wording.add(m.index + k);
  return marksDropped.filter((_, k) => !wording.has(k));
}

/** What a name ending at `end` fits: the documents, best first, and where the name starts and stops in `text`. */
interface ShortNameReading {
  readonly first: number;
  readonly stop: number;
  /** The best fit of each title, best first. */
  readonly fits: readonly Candidate[];
  /** The ordinal the name was written with, as (一); '' for none. */
  readonly ordinal: string;
  /** A law's first word and 法, nothing more (数据法, 反恐法): what a law is about, offered but not cited. */
  readonly firstWord: boolean;
}

/**
 * The titles a name ending at `end` fits by the rules above (skipping spaces and a closing 》 like `aliasEndingAt`;
 * starting no earlier than `from`), at its longest fitting length: also those it fits only with an ordinal left out
 * that tells the title from another, and more than a name may fit (it names none of them then).
 */
function readShortName(
  table: AliasTable,
  text: string,
  end: number,
  from: number,
  lawStart = LAW_START,
): ShortNameReading | undefined {
  let stop = end;
  while (stop > from && /[\s》]/.test(text[stop - 1] ?? '')) stop--;
  const before = text.slice(Math.max(from, stop - 6), stop);
  const written = ORDINAL_BEFORE.exec(before)?.[0] ?? BARE_ORDINAL.exec(before)?.[1] ?? '';
  const ordinal = written && !written.startsWith('(') ? `(${written})` : written;
  const nameEnd = stop - written.length;
  // The name as written, with its positions in `text`, 《》 read through.
  let start = nameEnd;
  while (start > Math.max(from, nameEnd - MAX_NAME) && NAME_CHARACTER.test(text[start - 1] ?? '')) start--;
  const positions = nameCharacters(text, start, nameEnd);
  const name = positions.map((i) => text[i]).join('');
  const kind = kindOf(name);
  if (!kind) return undefined;
  const stem = name.slice(0, name.length - kindLength(name, kind));
  // Per document name of that kind, how many of the stem's last characters it holds in order.
  const { byKind, titleBigrams } = shortNameTable(table);
  const fits: Array<{ candidate: Candidate; covered: number }> = [];
  for (const candidate of byKind.get(kind) ?? []) {
    if (ordinal && candidate.ordinal !== ordinal) continue;
    const covered = coveredSuffix(stem, candidate.stem);
    if (covered > 0) fits.push({ candidate, covered });
  }
  const kindWritten = name.length - stem.length;
  const laws = findAliases(table, stem).filter((law) => law.alias.endsWith('法'));
  for (let length = stem.length; length > 0; length--) {
    // Where in the stem this reading of the name starts (`from` is where in the text no name may start before).
    const cut = stem.length - length;
    const subject = stem.slice(cut);
    const named = laws.filter((law) => law.start >= cut);
    // Generic words alone (有关规定, 国务院规定): nor is any part of them a name (务院规定).
    if (!specific(subject, named, cut)) break;
    // Nor does a name start inside a word of titles (损害解释 in 精神损害解释, 动法实施条例 in 劳动法实施条例): the
    // characters before it are not running text but what the name says.
    if (cut > 0 && titleBigrams.has(stem.slice(cut - 1, cut + 1))) continue;
    const best = new Map<TitleGroup, Candidate>();
    for (const { candidate, covered } of fits)
      if (
        covered >= length &&
        length + kindWritten >= candidate.length * MIN_SHARE &&
        (kind !== LAW || keepsLawStart(subject, candidate.stem, lawStart)) &&
        namesItsLaws(table, named, candidate) &&
        better(candidate, best.get(candidate.title))
      )
        best.set(candidate.title, candidate);
    if (best.size === 0) continue;
    const ranked = [...best.values()].sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
    const firstWord = kind === LAW && withoutStatePrefix(subject).length <= LAW_START;
    return { first: positions[stem.length - length] as number, stop, fits: ranked, ordinal, firstWord };
  }
  return undefined;
}

/**
 * The document a short name ending at `end` abbreviates (see above), skipping spaces and a closing 》 like
 * `aliasEndingAt`; the name starts no earlier than `from` (the end of the citation before it). Undefined when
 * no name there fits one document.
 */
export function shortNameEndingAt(table: AliasTable, text: string, end: number, from = 0): AliasMatch | undefined {
  const reading = readShortName(table, text, end, from);
  const best = reading?.fits[0];
  // Words many titles hold (执行规定: 委托执行, 执行和解, 执行担保 …) name none of them.
  if (!reading || !best || reading.fits.length > MAX_FITS) return undefined;
  // Nor does a law's first word (中国法, 数据法): 中国人民银行法 is its name's start, not what 中国法 means.
  if (reading.firstWord) return undefined;
  // Nor does a name without the ordinal that tells its title from another (婚姻家庭编解释: （一） or （二）).
  if (!reading.ordinal && best.ordinal !== '' && best.title.ordinalNeeded) return undefined;
  return {
    alias: text.slice(reading.first, reading.stop).replace(/[《》]/g, ''),
    start: text[reading.first - 1] === '《' ? reading.first - 1 : reading.first,
    end,
    targets: best.title.documents,
  };
}

/** Who issued a document or whose it is, as people say it before its name: what every title of the kind shares. */
const ISSUER_OR_COUNTRY = /最高法|两高|中国|我国/g;

/** Words a sentence leads into a citation with: no part of the name after them, even where a title holds them. */
const LEAD_WORDS = /^(?:根据|依照|依据|按照|参照|遵照|适用|违反|参见|详见|见)/;

/**
 * The document a name written around an exact alias abbreviates, where the alias is only the name's tail and means
 * another document: 行政证据规定 is the 行政诉讼证据 rule, though 证据规定 alone is the 民事诉讼证据 one;
 * 民法典担保解释 is the 担保制度 interpretation, not the 担保法 one 担保解释 names; 家庭教育法 is the
 * 家庭教育促进法, not the 教育法. It is when the name, read by the rules above, starts before the alias with two or
 * more characters that are not generic words (最高院, 关于 add nothing: 最高院财产保全司法解释 is still the alias's),
 * no lead into the citation (按照审判监督程序司法解释: 按照 is in the title of a rule on 抗诉, but leads into this
 * citation) nor the end of one (the 照 of 依照), and fits none of the alias's own documents (中国增值税暂行条例 fits
 * 土地增值税 but also the alias's 增值税暂行条例: the alias stands), or only some of a shared alias's (below).
 */
export function shortNameAround(
  table: AliasTable,
  text: string,
  end: number,
  from: number,
  exact: AliasMatch,
): AliasMatch | undefined {
  const reading = readShortName(table, text, end, from);
  if (!reading || reading.first >= exact.start) return undefined;
  const added = text.slice(reading.first, exact.start).replace(/[《》、\s]/g, '');
  if (added.replace(GENERIC, '').replace(ISSUER_OR_COUNTRY, '').length < MIN_SPECIFIC_CHARACTERS) return undefined;
  if (LEAD_WORDS.test(added) || LEAD_WORDS.test(text.slice(Math.max(0, reading.first - 1), exact.start)))
    return undefined;
  // The whole name may fit some of the alias's own documents: of a name two documents share (担保解释), those
  // (民法典担保解释 is the 担保制度 one); fitting all of them, or another besides (中国增值税暂行条例 also fits
  // 土地增值税暂行条例), the alias stands.
  const own = reading.fits.flatMap((fit) => fit.title.documents.filter((d) => exact.targets.includes(d)));
  if (own.length > 0)
    return own.length < exact.targets.length && own.length === reading.fits.flatMap((f) => f.title.documents).length
      ? {
          ...exact,
          alias: text.slice(reading.first, reading.stop).replace(/[《》]/g, ''),
          start: text[reading.first - 1] === '《' ? reading.first - 1 : reading.first,
          targets: own,
        }
      : undefined;
  return shortNameEndingAt(table, text, end, from);
}

/** At most this many titles are offered for a name that fitted no one document. */
const MAX_OFFERED = 5;

/**
 * The titles a name that cites no document could be short for, best first: 婚姻家庭编解释 for （一） and （二），
 * 执行规定 for the rules of 委托执行, 执行和解 …; a law's name by its first character alone, as abbreviations of one
 * character per word are made (环保法: 环境保护法, 环境保护税法), which is too loose to cite by (安全法 would be
 * 安全生产法) but tells what to write. Each as the index of its first version.
 */
export function titlesShortNameFits(table: AliasTable, name: string): number[] {
  const text = normalizeText(name);
  const reading = readShortName(table, text, text.length, 0, LAW_START_OFFERED);
  return (reading?.fits ?? []).slice(0, MAX_OFFERED).map((fit) => fit.title.documents[0] as number);
}

/** In force first, then the alias the name covers the largest share of, the shortest title, index order. */
function better(x: Candidate, y: Candidate | undefined): boolean {
  if (!y) return true;
  if (x.title.inForce !== y.title.inForce) return x.title.inForce;
  if (x.length !== y.length) return x.length < y.length;
  if (x.title.titleLength !== y.title.titleLength) return x.title.titleLength < y.title.titleLength;
  return (x.title.documents[0] ?? 0) < (y.title.documents[0] ?? 0);
}
