/**
 * `npm run build:laws [-- --source DIR] [--out DIR] [--report FILE]`: builds the national library Docket ships
 * (data/laws) from the LawRefBook snapshot in ../shared/corpus/lawrefbook — every law, judicial interpretation and
 * administrative regulation it holds, each version in its own cleaned Markdown file with its validity — and
 * writes a report of what was repaired, what was left out and why. Deterministic: the same snapshot gives the
 * same files. The product reads only data/laws; it never reads the snapshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Exclusion, LibraryDocument } from './lawLibrary/library';
import { applyDeclaredRepeals, readEntry, renderDocument, resolveVersions, roundTrips } from './lawLibrary/library';
import { amendingActs, numberingHistory, numberingSince } from './lawLibrary/numbering';
import { readSnapshot } from './lawLibrary/snapshot';

const REPO = path.resolve(__dirname, '..');
const SHIPPED_LEVELS = new Set(['法律', '宪法', '司法解释', '行政法规']);
/** A file name must fit in 255 bytes; long interpretation titles in UTF-8 do not. */
const MAX_NAME_BYTES = 240;

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1] as string) : fallback;
}

function sourceLabel(root: string): string {
  try {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const commit = /commit `([0-9a-f]{12})/.exec(readme)?.[1];
    return commit ? `LawRefBook/Laws@${commit}` : 'LawRefBook/Laws';
  } catch {
    return 'LawRefBook/Laws';
  }
}

function fileName(doc: LibraryDocument): string {
  const name = `${doc.title}(${doc.versionDate}).md`;
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const digest = doc.title.length.toString(36) + Buffer.from(doc.title).toString('base64url').slice(-6);
  let short = doc.title;
  while (Buffer.byteLength(`${short}…${digest}(${doc.versionDate}).md`) > MAX_NAME_BYTES) short = short.slice(0, -1);
  return `${short}…${digest}(${doc.versionDate}).md`;
}

function clearShipped(out: string): void {
  if (!fs.existsSync(out)) return;
  for (const entry of fs.readdirSync(out, { withFileTypes: true })) {
    const target = path.join(out, entry.name);
    if (entry.isDirectory()) clearShipped(target);
    else if (entry.name.endsWith('.md')) fs.rmSync(target);
  }
}

interface Tally {
  documents: number;
  articles: number;
}

function table(rows: Map<string, Tally>): string[] {
  return [
    '| kind · validity | documents | articles |',
    '| --- | ---: | ---: |',
    ...[...rows.entries()].map(([key, t]) => `| ${key} | ${t.documents} | ${t.articles} |`),
  ];
}

async function main(): Promise<void> {
  const source = argument('--source', path.resolve(REPO, '../shared/corpus/lawrefbook'));
  const out = argument('--out', path.join(REPO, 'data/laws'));
  const reportFile = argument('--report', path.join(REPO, 'data/law-library-report.md'));
  if (!fs.existsSync(path.join(source, 'db.sqlite3'))) {
    console.error(`no snapshot at ${source} (db.sqlite3 missing): give --source DIR`);
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const snapshot = await readSnapshot(source, SHIPPED_LEVELS);
  const excluded: Exclusion[] = [];
  const acts = amendingActs(snapshot.entries, (file) => fs.readFileSync(path.join(source, file), 'utf8'));
  const groups = new Map<string, LibraryDocument[]>();
  for (const entry of snapshot.entries) {
    const texts = entry.files.map((file) => ({ file, text: fs.readFileSync(path.join(source, file), 'utf8') }));
    const read = readEntry(entry, texts);
    if ('reason' in read && !('parsed' in read)) {
      excluded.push(read);
      continue;
    }
    const doc = read as LibraryDocument;
    groups.set(doc.group, [...(groups.get(doc.group) ?? []), doc]);
  }

  const label = sourceLabel(source);
  const shipped: Array<{ doc: LibraryDocument; file: string; bytes: number }> = [];
  const byTitle = new Map<string, string>();
  let numbered = 0;
  clearShipped(out);
  const resolved = [...groups.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([group, versions]) => ({ group, ...resolveVersions(versions) }));
  const repealed = applyDeclaredRepeals(resolved.map(({ kept }) => kept));
  for (const [title, by] of repealed) console.log(`repealed: ${title} (by ${by})`);
  for (const { group, kept, folded } of resolved) {
    excluded.push(...folded);
    const title = kept[kept.length - 1]?.title ?? group;
    const other = byTitle.get(title);
    if (other !== undefined) {
      // Two index names for one title would make their versions collide in the store: keep the first.
      for (const doc of kept)
        excluded.push({ source: doc.sourcePaths.join(' ; '), reason: `its title ${title} is also ${other}’s` });
      continue;
    }
    byTitle.set(title, group);
    for (const doc of kept) {
      const since = numberingSince(numberingHistory(doc.parsed.preamble, doc.title, doc.versionDate, acts));
      if (since) numbered++;
      const rendered = renderDocument(doc, label, since);
      const mismatch = roundTrips(doc, rendered);
      if (mismatch) {
        excluded.push({ source: doc.sourcePaths.join(' ; '), reason: `does not read back: ${mismatch}` });
        continue;
      }
      const file = path.join(doc.docType, fileName(doc));
      fs.mkdirSync(path.join(out, doc.docType), { recursive: true });
      fs.writeFileSync(path.join(out, file), rendered);
      shipped.push({ doc, file, bytes: Buffer.byteLength(rendered) });
    }
  }
  shipped.sort((x, y) => (x.file < y.file ? -1 : 1));
  excluded.sort((x, y) => (x.source < y.source ? -1 : 1));

  const tallies = new Map<string, Tally>();
  for (const { doc } of shipped) {
    const key = `${doc.docType} · ${doc.status}`;
    const t = tallies.get(key) ?? { documents: 0, articles: 0 };
    t.documents++;
    t.articles += doc.parsed.articles.length;
    tallies.set(key, t);
  }
  const sortedTallies = new Map([...tallies.entries()].sort(([x], [y]) => (x < y ? -1 : 1)));
  const articles = shipped.reduce((sum, s) => sum + s.doc.parsed.articles.length, 0);
  const bytes = shipped.reduce((sum, s) => sum + s.bytes, 0);
  const repaired = shipped.filter((s) => s.doc.repairs.length > 0);
  const warned = shipped.filter((s) => s.doc.warnings.length > 0);
  const report = [
    '# The shipped law library: build report',
    '',
    `Written by \`npm run build:laws\` from ${label} (\`../shared/corpus/lawrefbook\`); do not edit by hand.`,
    '',
    `${shipped.length} document versions, ${articles} articles, ${(bytes / 2 ** 20).toFixed(1)} MiB of Markdown in \`data/laws\`.`,
    '',
    `${numbered} versions carry \`numbering_since\` (read from their history lines and the ${acts.size} amending acts of the snapshot, \`scripts/lawLibrary/numbering.ts\`).`,
    '',
    ...table(sortedTallies),
    '',
    `## Left out (${excluded.length})`,
    '',
    'Each file the snapshot indexes at a shipped level that is not in `data/laws`, and why.',
    '',
    ...excluded.map((e) => `- ${e.source}: ${e.reason}`),
    '',
    `## Index rows without a file (${snapshot.missingFiles.length})`,
    '',
    ...snapshot.missingFiles.map((m) => `- ${m.level} ${m.name} (${m.publish ?? 'no date'})`),
    '',
    `## Files the index does not list (${snapshot.unlisted.length})`,
    '',
    'Not shipped: the index says nothing of their validity.',
    '',
    ...snapshot.unlisted.map((file) => `- ${file}`),
    '',
    `## Repaired (${repaired.length})`,
    '',
    ...repaired.map((s) => `- ${s.file}: ${s.doc.repairs.join('; ')}`),
    '',
    `## Shipped with a warning (${warned.length})`,
    '',
    ...warned.map((s) => `- ${s.file}: ${s.doc.warnings.join('; ')}`),
    '',
  ].join('\n');
  fs.writeFileSync(reportFile, report);
  console.log(
    `${shipped.length} versions, ${articles} articles, ${(bytes / 2 ** 20).toFixed(1)} MiB → ${path.relative(REPO, out)}; ` +
      `${excluded.length} left out (see ${path.relative(REPO, reportFile)}); ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

void main();
