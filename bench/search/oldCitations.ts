/**
 * `npx tsx bench/search/oldCitations.ts [--library DIR] [--verbose]`: the cross-references of the shipped library's
 * current versions that were made before every version of the law they cite that the library holds, and what the
 * cited version's history says of them: its numbering known to go back to the citing text (`numbering_since`, the
 * links /rule trusts), renumbered since (a 修订, or an amending act of the snapshot that renumbered), or not known
 * (an amending act the snapshot lacks, or no history lines). Reads the snapshot's amending acts for the split.
 */
import { citationsOf } from '../../src/domain/regulations/citations';
import { loadHeldLibrary, oldCitationKind } from './heldLibrary';

async function main(): Promise<void> {
  const library = await loadHeldLibrary(process.argv.slice(2));
  const { index, acts, verbose } = library;
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
  const kinds = new Map<string, number>();
  const byTitle = new Map<string, Map<string, number>>();
  const examples = new Map<string, string[]>();
  for (const o of older) {
    const citingArticle = index.articles[o.citing];
    const citing = index.documents[citingArticle?.document ?? -1];
    const citedArticle = index.articles[o.cited];
    const d = index.documents[citedArticle?.document ?? -1];
    if (!d || !citing || !citedArticle || !citingArticle) continue;
    const read = oldCitationKind(library, d, citing.versionDate ?? '', o.known);
    const { events } = read;
    const kind = read.kind === 'certain' ? 'certain: numbering unchanged' : read.kind;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const key = `${d.title}@${d.versionDate} (numbering_since ${d.numberingSince})`;
    const counts = byTitle.get(key) ?? new Map<string, number>();
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    byTitle.set(key, counts);
    const list = examples.get(key) ?? [];
    if (list.length < 3)
      list.push(
        `${kind}: ${citing.title}(${citing.versionDate})${citingArticle.number} → ${citedArticle.number}; after it: ${events.map((e) => `${e.date} ${e.event}`).join(', ') || 'nothing'}`,
      );
    examples.set(key, list);
  }
  for (const [kind, n] of kinds) console.log(`${kind}: ${n}`);
  console.log(`(${acts.size} amending acts of the snapshot read)`);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((x, y) => x + y, 0);
  for (const [key, counts] of [...byTitle].sort((x, y) => total(y[1]) - total(x[1]))) {
    console.log(`${String(total(counts)).padStart(5)} ${key}: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (verbose) for (const line of examples.get(key) ?? []) console.log(`        ${line}`);
  }
}

void main();
