import fs from 'node:fs';
import path from 'node:path';
import { parseRuleDocument } from '../../../src/domain/regulations';
import { readRuleFile } from '../../../src/cmsExports/readers/ruleText';

const DATA = path.join(__dirname, '../../../data');
const filesIn = (dir: string) => fs.readdirSync(path.join(DATA, dir)).map((file) => path.join(DATA, dir, file));

/** The rule texts the demo imports (data/README.md): every file must import, and the fictional ones must say so. */
describe('the rule texts shipped in data/', () => {
  it.each([
    ['laws', 58],
    ['court-rules', 4],
  ])('every file in %s parses into a titled, dated document with articles', async (dir, count) => {
    const files = filesIn(dir);
    expect(files).toHaveLength(count);
    for (const file of files) {
      const parsed = parseRuleDocument((await readRuleFile(file)).text);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.reason}`);
      expect(path.basename(file)).toBe(`${parsed.value.document.title}(${parsed.value.document.versionDate}).md`);
      expect(parsed.value.articles.length).toBeGreaterThan(0);
    }
  });

  it('marks the demo court’s rules as fictional in their kind and front matter', async () => {
    for (const file of filesIn('court-rules')) {
      const parsed = parseRuleDocument((await readRuleFile(file)).text);
      if (!parsed.ok) throw new Error(parsed.error.reason);
      expect(parsed.value.document.docType).toBe('本院规定（演示）');
      expect(parsed.value.document.extra.note).toContain('虚构');
    }
  });
});
