import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';

/**
 * The LawRefBook snapshot as its own index describes it: `db.sqlite3` lists every document version with its level
 * (法律, 司法解释 …), publication date and whether it has expired; the Markdown files hold the texts. The index,
 * not the file names, says what is valid (the snapshot's README).
 */
export interface SnapshotEntry {
  readonly id: string;
  readonly level: string;
  /** The index's short name (民事诉讼法); the file's `# ` line carries the full title. */
  readonly name: string;
  readonly publish: string | null;
  readonly validFrom: string | null;
  readonly expired: boolean;
  readonly folder: string;
  /** Paths relative to the snapshot root: one file, or the parts of a document split across files (民法典). */
  readonly files: readonly string[];
}

export interface SnapshotListing {
  readonly entries: readonly SnapshotEntry[];
  /** Index rows of a level we ship whose file is not in the snapshot. */
  readonly missingFiles: ReadonlyArray<{ name: string; publish: string | null; level: string }>;
  /** Markdown files no index row describes. */
  readonly unlisted: readonly string[];
}

interface Row {
  id: string;
  level: string;
  name: string;
  filename: string | null;
  publish: string | null;
  valid_from: string | null;
  expired: number;
  folder: string;
}

function markdownFiles(root: string, dir = ''): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .sort((x, y) => (x.name < y.name ? -1 : 1))
    .flatMap((entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return markdownFiles(root, relative);
      return entry.name.endsWith('.md') && entry.name !== '_index.md' && dir !== '' ? [relative] : [];
    });
}

async function readRows(dbFile: string): Promise<Row[]> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(fs.readFileSync(dbFile));
  try {
    const [result] = db.exec(
      `SELECT l.id, l.level, l.name, l.filename, l.publish, l.valid_from, l.expired, c.folder
         FROM law l JOIN category c ON c.id = l.category_id ORDER BY l.name, l.publish`,
    );
    if (!result) return [];
    return result.values.map(
      (values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i] ?? null])) as unknown as Row,
    );
  } finally {
    db.close();
  }
}

/**
 * The rows whose level is in `levels`, each with its file(s). A row names its file by `<name>(<publish>).md` in
 * its category's folder, a few sit in another folder, and rows with a `filename` are parts of one document
 * (民法典's 编), gathered under the part-less name.
 */
export async function readSnapshot(root: string, levels: ReadonlySet<string>): Promise<SnapshotListing> {
  const rows = await readRows(path.join(root, 'db.sqlite3'));
  const files = markdownFiles(root);
  const byBaseName = new Map<string, string[]>();
  for (const file of files) {
    const base = path.basename(file);
    byBaseName.set(base, [...(byBaseName.get(base) ?? []), file]);
  }
  const claimed = new Set<string>();
  const entries = new Map<string, SnapshotEntry>();
  const missingFiles: Array<{ name: string; publish: string | null; level: string }> = [];

  for (const row of rows) {
    // A dated row's file sometimes has no date in its name (刑法/刑法.md).
    const bases = row.filename
      ? [`${row.filename}.md`]
      : [...(row.publish ? [`${row.name}(${row.publish}).md`] : []), `${row.name}.md`];
    const candidates = bases.flatMap((base) => byBaseName.get(base) ?? []);
    const file = candidates.find((f) => f.startsWith(`${row.folder}/`)) ?? candidates[0];
    for (const candidate of candidates) claimed.add(candidate);
    if (!levels.has(row.level)) continue;
    if (!file) {
      missingFiles.push({ name: row.name, publish: row.publish, level: row.level });
      continue;
    }
    // 民法典 合同编 → one document 民法典 made of its parts.
    const documentName = row.filename ? (row.name.split(/\s+/)[0] ?? row.name) : row.name;
    const key = `${documentName}\u0000${row.publish ?? ''}`;
    const existing = entries.get(key);
    entries.set(key, {
      id: existing?.id ?? row.id,
      level: row.level,
      name: documentName,
      publish: row.publish,
      validFrom: row.valid_from,
      expired: Boolean(row.expired),
      folder: row.folder,
      files: [...(existing?.files ?? []), file],
    });
  }
  const unlisted = files.filter((file) => !claimed.has(file) && !file.startsWith('案例/'));
  return { entries: [...entries.values()], missingFiles, unlisted };
}
