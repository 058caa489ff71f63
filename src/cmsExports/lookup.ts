import { cellText, isBlank, type CellValue } from './cell';
import { accept, reject, type Parsed } from './parsed';
import { spellingKey } from './mappingFile';

/** What the domain's named catalogues offer the importer (procedures, close methods, outcomes …). */
export interface Catalogue<Key extends string> {
  readonly keys: readonly Key[];
  fromName(text: string): Key | null;
  get(key: Key): { readonly zh: string };
}

/**
 * A catalogue value as an export writes it: the court's own spellings from the mapping file first,
 * then the catalogue's names and aliases. Unknown spellings are errors that list the choices.
 */
export function lookupIn<Key extends string>(
  catalogue: Catalogue<Key>,
  extra: ReadonlyMap<string, string> | undefined,
  value: CellValue | undefined,
  what: { readonly zh: string; readonly en: string },
): Parsed<Key | null> {
  if (isBlank(value)) return accept(null);
  const written = cellText(value);
  const key = (extra?.get(spellingKey(written)) as Key | undefined) ?? catalogue.fromName(written);
  if (key !== null) return accept(key);
  const choices = catalogue.keys.map((entry) => catalogue.get(entry).zh).join('、');
  return reject(
    `未知的${what.zh}「${written}」；可用：${choices}（或在映射文件 values 中补充）`,
    `unknown ${what.en} "${written}"; known: ${catalogue.keys.join(', ')} (or add it under values in a mapping file)`,
  );
}
