/**
 * `npx tsx bench/search/oldCitations.ts [--verbose]`: the cross-references of the shipped library's documents in
 * force that were made before every version of the law they cite that the library holds, and what the cited
 * version's numbering says of them (its `numbering_since`): certain (numbered so since before the citing text),
 * renumbered since, or not known.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { citationsOf } from '../../src/domain/regulations/citations';
import { parseRegulationDocument } from '../../src/domain/regulations/parser';
import { buildIndex, toIndexable } from '../../src/domain/regulations/searchIndex';

const LIBRARY_DIR = path.resolve(__dirname, '../../data/laws');

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const files = readdirSync(LIBRARY_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  const preambles = new Map<string, string>();
  const documents = files.map((file) => {
    const parsed = parseRegulationDocument(readFileSync(path.join(LIBRARY_DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.reason}`);
    preambles.set(`${parsed.value.document.title}@${parsed.value.document.versionDate}`, parsed.value.preamble);
    return { ...toIndexable(parsed.value, parsed.value.document.extra.status !== '已修改') };
  });
  const index = buildIndex(documents);
  let links = 0;
  let linksNotRepealed = 0;
  let olderNotRepealed = 0;
  const older: Array<{ citing: number; cited: number; known: boolean }> = [];
  // The current version of every title, repealed ones too (as the figures of docs/rules.md count them).
  index.articles.forEach((article, a) => {
    const own = index.documents[article.document];
    if (!own?.current) return;
    const repealed = own.status === '已废止';
    for (const c of citationsOf(index, a)) {
      links++;
      if (!repealed) linksNotRepealed++;
      const cited = index.articles[c.article];
      const doc = cited ? index.documents[cited.document] : undefined;
      if (doc && (doc.versionDate ?? '') > (own.versionDate ?? '')) {
        older.push({ citing: a, cited: c.article, known: c.known });
        if (!repealed) olderNotRepealed++;
      }
    }
  });
  console.log(`${links} links of current versions; ${older.length} made before every held version of the cited`);
  console.log(`of documents not repealed: ${linksNotRepealed} links, ${olderNotRepealed} made before`);
  console.log(`known (numbering_since not after the citing date): ${older.filter((o) => o.known).length}`);
  const byTitle = new Map<string, number>();
  for (const o of older) {
    const d = index.documents[index.articles[o.cited]?.document ?? -1];
    const key = `${d?.title}@${d?.versionDate} since ${d?.numberingSince}`;
    byTitle.set(key, (byTitle.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...byTitle].sort((x, y) => y[1] - x[1])) {
    console.log(`${String(n).padStart(5)} ${key}`);
    if (verbose) console.log(`      ${preambles.get(key.split(' since ')[0] as string)?.replace(/\n+/g, '\n      ')}`);
  }
}

main();
