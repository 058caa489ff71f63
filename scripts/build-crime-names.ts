/**
 * `npm run build:crime-names [-- --source DIR]`: writes data/search/crime-names.json, the names of crimes (罪名) and
 * the 刑法 articles defining them, from the SPP's 1997 list and the SPC and SPP's 补充规定 (一)–(八) in the LawRefBook
 * snapshot (../shared/corpus/lawrefbook/司法解释; `scripts/lawLibrary/crimeNames.ts` reads them). Search reads the
 * table to take a crime's name for its article (诈骗罪 → 刑法第二百六十六条). Deterministic; the product never reads
 * the snapshot. Names whose article the shipped 刑法 lacks are reported and left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CrimeTable } from './lawLibrary/crimeNames';
import { applySupplement, readCrimeList } from './lawLibrary/crimeNames';

const REPO = path.resolve(__dirname, '..');
const CRIMINAL_LAW = '中华人民共和国刑法';
const LIST = /^最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见\((\d{4}-\d{2}-\d{2})\)\.md$/;
const SUPPLEMENT = /确定罪名的补充规定.*\((\d{4}-\d{2}-\d{2})\)\.md$/;

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1] as string) : fallback;
}

/** The article numbers of the shipped 刑法 in force (the version marked 现行有效). */
function shippedArticles(): Set<string> {
  const dir = path.join(REPO, 'data/laws/法律');
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith(`${CRIMINAL_LAW}(`))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    if (/^status: 现行有效$/m.test(text)) return new Set(text.match(/^第\S+条(?:之\S+?)?(?=\s)/gm) ?? []);
  }
  throw new Error(`data/laws has no ${CRIMINAL_LAW} in force`);
}

function main(): void {
  const source = argument('--source', path.join(REPO, '../shared/corpus/lawrefbook'));
  const dir = path.join(source, '司法解释');
  if (!fs.existsSync(dir)) {
    console.log(`build:crime-names skipped: ${dir} is absent`);
    return;
  }
  const files = fs.readdirSync(dir);
  const list = files.find((f) => LIST.test(f));
  if (!list) throw new Error('the SPP list of crime names (1997) is not in the snapshot');
  const supplements = files
    .filter((f) => SUPPLEMENT.test(f))
    .sort((x, y) => (SUPPLEMENT.exec(x)?.[1] as string).localeCompare(SUPPLEMENT.exec(y)?.[1] as string));
  const table: CrimeTable = new Map();
  readCrimeList(fs.readFileSync(path.join(dir, list), 'utf8'), table);
  for (const file of supplements) applySupplement(fs.readFileSync(path.join(dir, file), 'utf8'), table);

  const articles = shippedArticles();
  const crimes: Array<[string, string[]]> = [];
  const missing: string[] = [];
  for (const [name, cited] of [...table].sort(([x], [y]) => x.localeCompare(y, 'zh'))) {
    const found = [...cited].filter((a) => articles.has(a));
    if (found.length < cited.size) missing.push(`${name}: ${[...cited].filter((a) => !articles.has(a)).join('、')}`);
    if (found.length > 0) crimes.push([name, found]);
  }
  const out = path.join(REPO, 'data/search/crime-names.json');
  const body = {
    law: CRIMINAL_LAW,
    sources: [list, ...supplements].map((f) => f.replace(/\.md$/, '')),
    crimes,
  };
  fs.writeFileSync(out, `${JSON.stringify(body, null, 1)}\n`);
  console.log(`${crimes.length} crime names from ${1 + supplements.length} files → ${path.relative(REPO, out)}`);
  for (const line of missing) console.log(`  not in the shipped 刑法: ${line}`);
}

main();
