/**
 * A vocabulary stored as stable English keys and read and written in Chinese: exports and people
 * use many spellings (普通程序, 普通, 一审普通程序), the database keeps one key.
 */
export interface NamedEntry<Key extends string> {
  readonly key: Key;
  readonly zh: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

export interface NamedCatalogue<Key extends string, Entry extends NamedEntry<Key>> {
  readonly entries: readonly Entry[];
  readonly keys: readonly Key[];
  /** The key for a Chinese name, an alias or the key itself; null when unknown. */
  fromName(text: string): Key | null;
  get(key: Key): Entry;
  isKey(value: unknown): value is Key;
}

/** Spelling differences that never change meaning: spaces, bracket widths, letter case. */
function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[()]/g, (bracket) => (bracket === '(' ? '（' : '）'))
    .toLowerCase();
}

export function namedCatalogue<Key extends string, Entry extends NamedEntry<Key>>(
  entries: readonly Entry[],
): NamedCatalogue<Key, Entry> {
  const byKey = new Map<string, Entry>(entries.map((entry) => [entry.key, entry]));
  const byName = new Map<string, Key>();
  for (const entry of entries) {
    for (const name of [entry.key, entry.zh, entry.en, ...(entry.aliases ?? [])]) {
      const normalized = normalizeName(name);
      const existing = byName.get(normalized);
      if (existing !== undefined && existing !== entry.key)
        throw new Error(`Name "${name}" is used by both ${existing} and ${entry.key}`);
      byName.set(normalized, entry.key);
    }
  }
  return {
    entries,
    keys: entries.map((entry) => entry.key),
    fromName: (text) => byName.get(normalizeName(text)) ?? null,
    get: (key) => byKey.get(key) as Entry,
    isKey: (value): value is Key => typeof value === 'string' && byKey.has(value),
  };
}
