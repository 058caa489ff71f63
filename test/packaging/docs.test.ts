import fs from 'node:fs';
import path from 'node:path';

/**
 * What the README and docs/ point a reader to is in the clone they have: markdown links and the `….md` files
 * they cite. The developers' ../shared folder is not shipped, so a doc cannot send a court there.
 */
const root = path.join(__dirname, '..', '..');
const documents = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Links are relative to their document; paths cited in prose (`data/README.md`) to the project, as people run commands. */
function pointersIn(document: string, markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => path.resolve(path.dirname(path.join(root, document)), target));
  const cited = [...markdown.matchAll(/`([^`\s]+\.md)(?:#[^`]*)?`/g)].map((match) =>
    path.resolve(root, match[1] as string),
  );
  return [...links, ...cited];
}

describe('the documentation a clone ships', () => {
  it.each(documents)('%s points only to files in the clone', (document) => {
    const text = fs.readFileSync(path.join(root, document), 'utf8');
    const missing = pointersIn(document, text)
      .filter((target) => !target.startsWith(root + path.sep) || !fs.existsSync(target))
      .map((target) => path.relative(root, target));
    expect(missing).toEqual([]);
  });
});
