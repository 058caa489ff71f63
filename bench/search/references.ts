/**
 * `npx tsx bench/search/references.ts [--verbose]`: the article citations of bench/search/references.tsv (民诉法第一百二十二条,
 * 依照《中华人民共和国刑法》第二百三十四条第一款…之规定, 建工解释一第四十三条, 原《公司法》第二十条 …), each searched
 * over data/laws as `/rule` searches it; prints how many answer with the cited article (and version) first, and
 * every one that does not. Exits 1 when a citation not marked as one that may miss does.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { numberToChinese } from '../../src/domain/regulations/numerals';
import { search } from '../../src/domain/regulations/search';
import { buildIndex } from '../../src/domain/regulations/searchIndex';
import { loadSearchModel } from '../../src/services/regulations/searchModel';
import { cachedLibrary } from './corpus';

const LIBRARY_DIR = path.resolve(__dirname, '../../data/laws');
const CITATIONS = path.resolve(__dirname, 'references.tsv');

interface Citation {
  readonly query: string;
  readonly title: string;
  readonly article: string;
  readonly version: string;
  /** Why it may not answer first (a name that fits several documents …); '' when it must. */
  readonly mayMiss: string;
}

function articleNumber(written: string): string {
  const [ordinal, suffix] = written.split('-').map(Number);
  return `第${numberToChinese(ordinal ?? 0)}条${suffix ? `之${numberToChinese(suffix)}` : ''}`;
}

function main(): void {
  const citations: Citation[] = readFileSync(CITATIONS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query = '', title = '', article = '', version = '', mayMiss = ''] = line.split('\t');
      return { query, title, article: articleNumber(article), version, mayMiss };
    });
  const index = buildIndex(cachedLibrary(LIBRARY_DIR), loadSearchModel());
  const verbose = process.argv.includes('--verbose');
  let first = 0;
  let unexpected = 0;
  for (const c of citations) {
    const hits = search(index, c.query, { limit: 10 }).hits;
    const cites = (h: (typeof hits)[number]) =>
      h.documentTitle === c.title && h.articleNumber === c.article && (!c.version || h.versionDate === c.version);
    if (hits[0] && cites(hits[0])) {
      first++;
      if (verbose) console.log(`ok    ${c.query}`);
      continue;
    }
    const rank = hits.findIndex(cites);
    if (!c.mayMiss) unexpected++;
    const answer = hits[0] ? `${hits[0].documentTitle}${hits[0].articleNumber} (${hits[0].versionDate})` : 'nothing';
    console.log(
      `${c.mayMiss ? 'known' : 'MISS '} ${c.query} → ${answer}; cited article at ${rank < 0 ? 'no rank' : `rank ${rank + 1}`}${c.mayMiss ? ` (${c.mayMiss})` : ''}`,
    );
  }
  console.log(`\n${first}/${citations.length} citations answered with the cited article first`);
  if (unexpected > 0) {
    console.log(`${unexpected} not marked as ones that may miss`);
    process.exitCode = 1;
  }
}

main();
