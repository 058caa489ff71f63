import { findAliases, LAW_WORD_AFTER } from './aliasTable';
import { frontMatterDate } from './frontMatter';
import { lawAliases } from './lawNames';
import { normalizeText } from './normalize';
import type { RegulationIndex } from './searchIndex';
import type { IsoDate } from './types';

/**
 * Documents the library's own texts say were repealed, and by which document in force: 民法典第一千二百六十条
 * "《中华人民共和国婚姻法》、…《中华人民共和国合同法》…同时废止". Such a document is not in the library (the
 * national database keeps only what is in force and its amendments), yet judges still cite it from old cases and
 * the public still names it, so a citation of 合同法第五十二条 learns where that law went instead of "no such law".
 */
export interface Repeal {
  /** The repealed document's title as the repealing text writes it. */
  readonly title: string;
  /** The document in force that repealed it (index into `documents`). */
  readonly repealedBy: number;
  /** The article that says so (index into `articles`). */
  readonly article: number;
  /** The day the repeal took effect, when the repealing article says it (本法自2021年1月1日起施行). */
  readonly effectiveDate: IsoDate | undefined;
}

const REPEAL_CLAUSE = '同时废止';
/** Sentences end here; a repeal clause names only the titles of its own sentence. */
const SENTENCE = /[^。；;]+/g;
const TITLE = /《([^《》]{2,60})》(\s*第)?/g;
const TAKES_EFFECT = /自((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)起施行/;

const byIndex = new WeakMap<RegulationIndex, ReadonlyMap<string, Repeal>>();

function effectiveDateOf(text: string): IsoDate | undefined {
  return frontMatterDate(TAKES_EFFECT.exec(text)?.[1]) ?? undefined;
}

/** Titles a repeal sentence names whole: `《X法》第十条同时废止` repeals one article, not the law. */
function repealedTitles(sentence: string): string[] {
  const clause = sentence.slice(0, sentence.indexOf(REPEAL_CLAUSE));
  return [...clause.matchAll(TITLE)].filter((m) => m[2] === undefined).map((m) => m[1] as string);
}

function buildRepeals(index: RegulationIndex): ReadonlyMap<string, Repeal> {
  const byName = new Map<string, Repeal>();
  index.articles.forEach((article, a) => {
    if (!article.text.includes(REPEAL_CLAUSE)) return;
    const repealing = index.documents[article.document];
    if (!repealing?.current || repealing.status === '已废止') return;
    const text = normalizeText(article.text);
    for (const sentence of text.match(SENTENCE) ?? []) {
      if (!sentence.includes(REPEAL_CLAUSE)) continue;
      for (const title of repealedTitles(sentence)) {
        const repeal: Repeal = {
          title,
          repealedBy: article.document,
          article: a,
          // Not the version's own date: an amended successor took effect after the repeal.
          effectiveDate: effectiveDateOf(text),
        };
        // A name the library still answers to (a successor that kept the title) is that document's, not this.
        for (const name of lawAliases(title))
          if (!index.aliases.byAlias.has(name) && !byName.has(name)) byName.set(name, repeal);
      }
    }
  });
  return byName;
}

function repeals(index: RegulationIndex): ReadonlyMap<string, Repeal> {
  let built = byIndex.get(index);
  if (!built) {
    built = buildRepeals(index);
    byIndex.set(index, built);
  }
  return built;
}

/**
 * The repealed document a name ends with (a query's 请问合同法 ends with 合同法), longest name first; undefined
 * when the texts record no such repeal or a longer ending names a document of the library.
 */
export function repealNamed(index: RegulationIndex, name: string): Repeal | undefined {
  const byName = repeals(index);
  for (let start = 0; start < name.length - 1; start++) {
    const suffix = name.slice(start);
    // 劳动合同法 ends with 合同法 and is in force: the longer name is the one meant.
    if (index.aliases.byAlias.has(suffix)) return undefined;
    const repeal = byName.get(suffix);
    if (repeal) return repeal;
  }
  return undefined;
}

const namesByStart = new WeakMap<RegulationIndex, ReadonlyMap<string, readonly string[]>>();

/**
 * Where `text` holds repealed names: each name with its positions, names in the order they first occur, found by
 * looking names up at each character by their first two (every name has two or more).
 */
function repealedNamesIn(
  index: RegulationIndex,
  byName: ReadonlyMap<string, Repeal>,
  text: string,
): Map<string, number[]> {
  let byStart = namesByStart.get(index);
  if (!byStart) {
    const built = new Map<string, string[]>();
    for (const name of byName.keys()) built.set(name.slice(0, 2), [...(built.get(name.slice(0, 2)) ?? []), name]);
    byStart = built;
    namesByStart.set(index, byStart);
  }
  const found = new Map<string, number[]>();
  for (let at = 0; at < text.length - 1; at++)
    for (const name of byStart.get(text.slice(at, at + 2)) ?? [])
      if (text.startsWith(name, at)) found.set(name, [...(found.get(name) ?? []), at]);
  return found;
}

/**
 * The repealed documents a query names among its words (合同法 违约金, 依照合同法第五十二条), each once, longest name
 * first — not where the name is part of a document's name in the library (劳动合同法) or of a word (担保法律关系).
 */
export function repealsMentioned(index: RegulationIndex, text: string): Repeal[] {
  const byName = repeals(index);
  const occurrences = repealedNamesIn(index, byName, text);
  if (occurrences.size === 0) return [];
  const taken = findAliases(index.aliases, text).map(({ start, end }) => [start, end] as const);
  const found = new Map<string, Repeal>();
  for (const [name, positions] of [...occurrences].sort(([x], [y]) => y.length - x.length)) {
    for (const at of positions) {
      const end = at + name.length;
      if (taken.some(([start, stop]) => at < stop && start < end)) continue;
      if (name.endsWith('法') && LAW_WORD_AFTER.test(text.slice(end, end + 2))) continue;
      taken.push([at, end]);
      const repeal = byName.get(name) as Repeal;
      found.set(repeal.title, repeal);
    }
  }
  return [...found.values()];
}
