import type * as Yaml from 'yaml';
import type { IsoDate } from './types';

interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  /** The text after the closing `---` (the whole input when there is no front matter). */
  readonly body: string;
}

export type FrontMatterResult =
  { readonly ok: true; readonly value: FrontMatter } | { readonly ok: false; readonly reason: string };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).trim();
  return undefined;
}

/** Splits optional YAML front matter from the body. Scalar fields only: nested values are not metadata we use. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FENCE.exec(withoutBom);
  if (!match) return { ok: true, value: { fields: {}, body: withoutBom } };
  let parsed: unknown;
  try {
    // Loaded by the first document read (an import), not by every process that searches the texts.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    parsed = (require('yaml') as typeof Yaml).parse(match[1] ?? '');
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
    return { ok: false, reason: 'front matter must be a YAML mapping of fields' };
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries((parsed ?? {}) as Record<string, unknown>)) {
    const textValue = asText(value);
    if (textValue !== undefined && textValue !== '') fields[key] = textValue;
  }
  return { ok: true, value: { fields, body: withoutBom.slice(match[0].length) } };
}

/** Accepts 2023-09-01, 2023-9-1, 2023/09/01 and 2023年9月1日; anything else (or an impossible date) is null. */
export function frontMatterDate(text: string | undefined): IsoDate | null {
  if (!text) return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
