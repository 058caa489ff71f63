import fs from 'node:fs';
import path from 'node:path';

/**
 * docs/architecture.md is the map a newcomer walks the tree with (issue 14), so it must match the tree: every
 * folder under src/ is placed in its "Where things live" table, and every path it names exists.
 */
const root = path.join(__dirname, '..', '..');
const doc = fs.readFileSync(path.join(root, 'docs', 'architecture.md'), 'utf8');
const table = doc.slice(doc.indexOf('## Where things live'));

/** The table's rows, by the path in their first cell (`src/slack`, `commands/`). */
const rows = new Map(
  [...table.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map((match) => [
    (match[1] as string).replace(/\/$/, ''),
    match[2] as string,
  ]),
);

/** Every folder under src/ but the generated Prisma client's own. */
function folders(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const folder = `${dir}/${entry.name}`;
      return folder === 'src/generated' ? [folder] : [folder, ...folders(folder)];
    });
}

/** A folder is placed by a row of its own, or in the row of its nearest listed parent by its relative path or name. */
function placed(folder: string): boolean {
  if (rows.has(folder)) return true;
  let parent = path.posix.dirname(folder);
  while (parent !== '.' && !rows.has(parent)) parent = path.posix.dirname(parent);
  const row = rows.get(parent);
  if (row === undefined) return false;
  const relative = folder.slice(parent.length + 1);
  const name = path.posix.basename(folder);
  return (
    [relative, `${relative}/`, name, `${name}/`].some((cited) => row.includes(`\`${cited}\``)) ||
    row.includes(`\`${relative}`)
  );
}

/** Paths the document names in backticks, `{a,b}` expanded; a trailing `…` stands for what follows. */
function namedPaths(): string[] {
  return [...doc.matchAll(/`((?:src|commands|test|bench|prisma|bin|scripts|data|docs)\/[^`\s]*)`/g)].flatMap(
    (match) => {
      const named = (match[1] as string).replace(/\/?…$/, '');
      const braces = /^(.*)\{([^}]+)\}(.*)$/.exec(named);
      return braces ? (braces[2] as string).split(',').map((part) => `${braces[1]}${part}${braces[3]}`) : [named];
    },
  );
}

describe('docs/architecture.md', () => {
  it('places every folder under src/ in "Where things live"', () => {
    expect(rows.size).toBeGreaterThan(10);
    expect(folders('src').filter((folder) => !placed(folder))).toEqual([]);
  });

  it('names only paths that exist', () => {
    const missing = namedPaths().filter(
      (named) => !['', '.ts', '.js'].some((ending) => fs.existsSync(path.join(root, named + ending))),
    );
    expect(missing).toEqual([]);
  });
});
