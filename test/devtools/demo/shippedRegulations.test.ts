import fs from 'node:fs';
import path from 'node:path';
import { parseRegulationDocument, VALIDITIES } from '../../../src/domain/regulations';
import { splitFrontMatter } from '../../../src/domain/regulations/frontMatter';
import { readRegulationFile } from '../../../src/services/regulations/documentFile';

const DATA = path.join(__dirname, '../../../data');
const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));

/**
 * The national library (built by `npm run build:laws`, see data/law-library-report.md) is checked by its front
 * matter only — parsing 1,400 documents is the build script's job, which reads every file back — and the demo
 * court's fictional rules in full.
 */
describe('the national library shipped in data/laws', () => {
  const files = filesUnder(path.join(DATA, 'laws'));
  const fronts = files.map((file) => {
    const front = splitFrontMatter(fs.readFileSync(file, 'utf8'));
    if (!front.ok) throw new Error(`${file}: ${front.reason}`);
    return { file, fields: front.value.fields };
  });

  it('holds as many document versions as its build report says, each a kind folder of its own', () => {
    const report = fs.readFileSync(path.join(DATA, 'law-library-report.md'), 'utf8');
    const count = Number(/^(\d+) document versions/m.exec(report)?.[1]);
    expect(files).toHaveLength(count);
    expect(count).toBeGreaterThan(1000);
    for (const { file, fields } of fronts) {
      expect(path.basename(path.dirname(file))).toBe(fields.doc_type);
      expect(['法律', '司法解释', '行政法规']).toContain(fields.doc_type);
    }
  });

  it('dates every version and says its validity: one version in force per title, the newest', () => {
    const byTitle = new Map<string, Array<{ date: string; status: string }>>();
    for (const { file, fields } of fronts) {
      expect(fields.version_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(VALIDITIES).toContain(fields.status);
      if (!file.includes('…')) expect(path.basename(file)).toBe(`${fields.title}(${fields.version_date}).md`);
      const title = fields.title as string;
      byTitle.set(title, [
        ...(byTitle.get(title) ?? []),
        { date: fields.version_date as string, status: fields.status as string },
      ]);
    }
    for (const [title, versions] of byTitle) {
      const newestFirst = versions.sort((x, y) => (x.date < y.date ? 1 : -1));
      const statuses = newestFirst.map((v) => v.status);
      if (statuses[0] === '已废止') expect([title, statuses]).toEqual([title, statuses.map(() => '已废止')]);
      else expect([title, statuses]).toEqual([title, ['现行有效', ...statuses.slice(1).map(() => '已修改')]]);
    }
  });

  it('keeps both numberings of 民诉法: the 2021 text that interpretations cite and the 2023 text in force', () => {
    const civil = fronts.filter((f) => f.fields.title === '中华人民共和国民事诉讼法');
    expect(civil.map((f) => [f.fields.version_date, f.fields.status]).sort()).toEqual([
      ['2021-12-24', '已修改'],
      ['2023-09-01', '现行有效'],
    ]);
  });
});

describe('the demo court’s rules shipped in data/court-rules', () => {
  const files = filesUnder(path.join(DATA, 'court-rules'));

  it('every file parses into a titled, dated document with articles', async () => {
    expect(files).toHaveLength(4);
    for (const file of files) {
      const parsed = parseRegulationDocument((await readRegulationFile(file)).text);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.reason}`);
      expect(path.basename(file)).toBe(`${parsed.value.document.title}(${parsed.value.document.versionDate}).md`);
      expect(parsed.value.articles.length).toBeGreaterThan(0);
    }
  });

  it('marks them as fictional in their kind and front matter', async () => {
    for (const file of files) {
      const parsed = parseRegulationDocument((await readRegulationFile(file)).text);
      if (!parsed.ok) throw new Error(parsed.error.reason);
      expect(parsed.value.document.docType).toBe('本院规定（演示）');
      expect(parsed.value.document.extra.note).toContain('虚构');
    }
  });
});
