import fs from 'node:fs';
import path from 'node:path';
import { isShortCaseNumber, tryParseCaseNumber } from '../../src/domain/caseNumber';

/**
 * Help and usage texts show commands to copy. An example 案号 there could be a real case — of the demo court, or
 * of the court running Docket — shown to everyone who asks for help. So no example, in any catalogue module and
 * either language, is a case number: the help describes the shape (年份+类型代字+序号) instead.
 */
const I18N = path.join(__dirname, '../../src/i18n');

function catalogues(): Array<{ file: string; value: unknown }> {
  const files = [
    ...fs.readdirSync(path.join(I18N, 'catalog')).map((name) => path.join(I18N, 'catalog', name)),
    ...fs
      .readdirSync(I18N, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'catalog')
      .flatMap((entry) => ['zh-CN.ts', 'en.ts'].map((name) => path.join(I18N, entry.name, name)))
      .filter((file) => fs.existsSync(file)),
  ];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return files.map((file) => ({ file: path.relative(I18N, file), value: require(file) as unknown }));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('examples in help texts', () => {
  it.each(catalogues().map(({ file, value }) => [file, value] as const))('%s shows no case number', (_, value) => {
    const examples = strings(value).flatMap((text) =>
      [...text.matchAll(/`([^`]+)`/g)].flatMap((match) => (match[1] as string).split(/\s+/)),
    );
    const caseNumbers = examples.filter((word) => tryParseCaseNumber(word).ok || isShortCaseNumber(word));
    expect(caseNumbers).toEqual([]);
  });

  it('would have caught the old /mycases example', () => {
    expect(tryParseCaseNumber('（2025）内0291民初123号').ok).toBe(true);
    expect(isShortCaseNumber('2026执569')).toBe(true);
  });
});

/** A Chinese text points to the Chinese spelling of a command, an English text to the English one. */
describe('commands named in a text', () => {
  const ENGLISH_ONLY = /`\/docket (settings|help)\b/;
  it.each(
    catalogues()
      .filter(({ file }) => file.endsWith('zh-CN.ts'))
      .map(({ file, value }) => [file, value] as const),
  )('%s names /docket 设置 and /docket 帮助, not their English spellings', (_, value) => {
    expect(strings(value).filter((text) => ENGLISH_ONLY.test(text))).toEqual([]);
  });
});
