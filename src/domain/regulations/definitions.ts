import { normalizeText } from './normalize';

/**
 * Defined terms: the words a statute defines for itself. 刑法第九十五条 本法所称重伤，是指有下列情形之一的伤害：
 * （一）使人肢体残废或者毁人容貌的 … ; 刑法第二十五条 共同犯罪是指二人以上共同故意犯罪; an article of 下列用语的含义
 * lists several (（一）生物质能，是指 …). A defined term is a term of art of the law that defines it: a question that
 * names it (是否属于家庭暴力, 贩卖毒品) is likelier about that law's articles using it than about another law's that
 * mention the word in passing (see definitionScores.ts).
 */
export interface Definition {
  /** The defined word, normalized, without quotation marks: 重伤. */
  readonly term: string;
  /** What it is said to mean: the rest of the sentence, and the items that follow it when it ends in a colon. */
  readonly meaning: string;
  /**
   * Where the definition holds: the whole document (本法所称, and a bare X是指Y), the article's chapter (本章所称,
   * 本节所称) or the article alone (本条所称, 前款所称).
   */
  readonly scope: 'document' | 'chapter' | 'article';
}

/** A term longer than this is a clause (虚开增值税专用发票或者虚开用于骗取出口退税、抵扣税款的其他发票), not a word. */
const MAX_TERM_LENGTH = 16;
/** A meaning shorter than this says how to count (以上，包括本数), not what a thing is. */
const MIN_MEANING_LENGTH = 6;

// The patterns read normalized text, where full-width punctuation is ASCII: ，；：（） are , ; : ( ).
const QUOTES = /[“”"「」『』‘’']/g;
/** 刑事诉讼法第十五条规定的认罪 is 认罪: what refers back to a provision is not part of the term. */
const REFERRING = /^.*(?:规定|所列|所述)的/;
/** 企业国有资产(以下称国有资产): the short name a definition introduces is not part of the term. */
const PARENTHESIS = /\([^)]*\)/g;

/** …所称(的)X，(是)指Y — the scope is what stands before 所称. */
const SCOPED =
  /([^,。;:、\s()]{0,8}?)(?:中)?(?:所称|所说|所指)的?([^,。;:\n]{1,40}?),?(?:是指|系指|指的是|指)([^。;\n]*)/g;
/** X，是指Y or X是指Y at the start of a sentence or an item: the sentence names its subject first. */
const BARE =
  /(?:^|[。;\n]|\([一二三四五六七八九十]+\)|[0-9]+[.、]|[一二三四五六七八九十]+、)\s*([^,。;:\n()]{2,30}?),?(?:是指|系指)([^。;\n]*)/g;
const ITEM = /^(?:\([一二三四五六七八九十]+\)|[0-9]+[.、]|[一二三四五六七八九十]+、)/;

function scopeOf(prefix: string): Definition['scope'] {
  if (/本条|本款|前款|前[两二三四五六七八九十]款|第[一二三四五六七八九十]+款/.test(prefix)) return 'article';
  if (/本章|本节/.test(prefix)) return 'chapter';
  return 'document';
}

function cleanTerm(raw: string): string | undefined {
  const term = raw.replace(QUOTES, '').replace(PARENTHESIS, '').replace(REFERRING, '').trim();
  if (term.length < 2 || term.length > MAX_TERM_LENGTH) return undefined;
  // A condition (认为下级人民检察院的决定错误的，指 …) or a bare function word is not a term of art.
  if (term.endsWith('的') || /^(?:这|此|上述|下列|其|该)/.test(term)) return undefined;
  if (!/^[\u4e00-\u9fff\u3400-\u4dbf、]+$/.test(term.replace(/[a-z0-9]/g, ''))) return undefined;
  return term;
}

/**
 * The meaning: the rest of the sentence; when it announces a list (是指下列财产：), the numbered items after it in
 * the same article, which are the substance of the definition (重伤's 使人肢体残废或者毁人容貌的).
 */
function meaningFrom(text: string, start: number, sentence: string): string {
  const trimmed = sentence.trim();
  if (!trimmed.endsWith(':')) return trimmed;
  const items: string[] = [];
  for (const line of text.slice(start).split('\n').slice(1)) {
    const item = line.trim();
    if (!item) continue;
    if (!ITEM.test(item)) break;
    items.push(item);
  }
  return [trimmed, ...items].join('\n');
}

/** The definitions an article's text makes, in the order it makes them; a term defined twice counts once. */
export function definitionsIn(articleText: string): Definition[] {
  const text = normalizeText(articleText);
  if (!text.includes('指')) return [];
  const found: Definition[] = [];
  const seen = new Set<string>();
  const add = (rawTerm: string, meaning: string, scope: Definition['scope']): void => {
    const term = cleanTerm(rawTerm);
    if (!term || seen.has(term)) return;
    if (meaning.replace(/[^\u4e00-\u9fff]/g, '').length < MIN_MEANING_LENGTH) return;
    seen.add(term);
    found.push({ term, meaning, scope });
  };
  for (const match of text.matchAll(SCOPED)) {
    const [whole, prefix = '', term = '', rest = ''] = match;
    add(term, meaningFrom(text, (match.index ?? 0) + whole.length - rest.length, rest), scopeOf(prefix));
  }
  for (const match of text.matchAll(BARE)) {
    const [whole, term = '', rest = ''] = match;
    if (/所称|所说|所指/.test(term)) continue;
    add(term, meaningFrom(text, (match.index ?? 0) + whole.length - rest.length, rest), 'document');
  }
  return found;
}

/** The parts of the index the definitions are read from. */
export interface DefinitionSource {
  readonly articles: readonly { readonly document: number; readonly context: number; readonly text: string }[];
}

/** A definition found in the library, where it holds. */
export interface IndexedDefinition extends Definition {
  /** The article that makes it. */
  readonly article: number;
  readonly document: number;
  /** The article's context (document and chapter path), for a definition of `chapter` scope. */
  readonly context: number;
}

/** The library's definitions, and their terms by first bigram, to find the ones a query names. */
export interface DefinitionIndex {
  readonly definitions: readonly IndexedDefinition[];
  /** First bigram of a term → the definitions of terms that start with it. */
  readonly byFirstBigram: ReadonlyMap<string, readonly number[]>;
}

/** The raw text must say one of these for a definition to be there: most articles are skipped unread. */
const MARKERS = /是指|系指|所称|所说|所指/;

/** Reads every article's definitions (2,394 in the shipped library, in some 30 ms) and indexes their terms. */
export function buildDefinitionIndex(source: DefinitionSource): DefinitionIndex {
  const definitions: IndexedDefinition[] = [];
  const byFirstBigram = new Map<string, number[]>();
  source.articles.forEach((article, a) => {
    if (!MARKERS.test(article.text)) return;
    for (const definition of definitionsIn(article.text)) {
      const first = definition.term.slice(0, 2);
      const same = byFirstBigram.get(first);
      if (same) same.push(definitions.length);
      else byFirstBigram.set(first, [definitions.length]);
      definitions.push({ ...definition, article: a, document: article.document, context: article.context });
    }
  });
  return { definitions, byFirstBigram };
}

/** The definitions whose term the texts name (重伤 in 把人打成重伤了怎么判), in the order of the index. */
export function namedDefinitions(index: DefinitionIndex, texts: readonly string[]): number[] {
  const found = new Set<number>();
  for (const text of texts)
    for (let i = 0; i + 1 < text.length; i++)
      for (const d of index.byFirstBigram.get(text.slice(i, i + 2)) ?? [])
        if (text.startsWith(index.definitions[d]?.term ?? '\u0000', i)) found.add(d);
  return [...found].sort((x, y) => x - y);
}

/**
 * Whether a definition holds for article `a`, another than the one making it: one of its document (本法所称), of its
 * chapter (本章所称), never (本条所称, 前款所称: the defining article's own).
 */
function holdsFor(
  definition: IndexedDefinition,
  article: { readonly document: number; readonly context: number },
  a: number,
): boolean {
  if (definition.scope === 'article' || a === definition.article || article.document !== definition.document)
    return false;
  return definition.scope !== 'chapter' || article.context === definition.context;
}

/**
 * The articles within a definition's scope that use its term, other than the defining article: its document's
 * (本法所称), its chapter's (本章所称) or none (本条所称: the term is the defining article's own). `documentArticles`
 * gives each document's article range.
 */
export function termUsers(
  source: DefinitionSource,
  definition: IndexedDefinition,
  documentArticles: (document: number) => readonly [start: number, end: number],
): number[] {
  if (definition.scope === 'article') return [];
  const [start, end] = documentArticles(definition.document);
  const users: number[] = [];
  for (let a = start; a < end; a++) {
    const article = source.articles[a];
    if (article && holdsFor(definition, article, a) && article.text.includes(definition.term)) users.push(a);
  }
  return users;
}

/**
 * The articles defining the terms an article uses, where the definition holds for it (本法所称重伤 for 刑法第二百三十四条's
 * 致人重伤; 本章所称 only within the chapter), each once, in the order of the index: what a reader of the article needs
 * to read it as the law means it. A term its document's title holds is left out.
 */
export function definingArticles(
  source: DefinitionSource,
  index: DefinitionIndex,
  a: number,
  documentTitle: string,
): number[] {
  const article = source.articles[a];
  if (!article) return [];
  const defining = new Set<number>();
  for (const d of namedDefinitions(index, [normalizeText(article.text)])) {
    const definition = index.definitions[d];
    // 公司 in 公司法, 药品 in 药品管理法: the law's own subject, used by most of its articles, needs no pointer.
    if (definition && holdsFor(definition, article, a) && !documentTitle.includes(definition.term))
      defining.add(definition.article);
  }
  return [...defining];
}
