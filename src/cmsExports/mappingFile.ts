import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ColumnChoices } from './columns';
import { text, type Localized } from '../i18n/localized';

/** A catalogue whose values a mapping file may extend with the court's own spellings. */
export interface ValueCatalogue {
  readonly keys: readonly string[];
}

/**
 * A court's mapping file, in YAML or JSON (docs/importing.md):
 *
 *   columns:            # header as written in the export → field key (null: ignore the column)
 *     收案时间: filedOn
 *     备注: null
 *   values:             # catalogue → spelling in the export → catalogue key
 *     procedure:
 *       普通程序转简易: simple
 */
export interface Mapping<Key extends string> {
  readonly columns: ColumnChoices<Key>;
  /** catalogue name → normalised spelling → key. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

function mappingSchema(
  fieldKeys: readonly [string, ...string[]],
  catalogues: Readonly<Record<string, ValueCatalogue>>,
) {
  const catalogueNames = Object.keys(catalogues);
  return z
    .object({
      columns: z.record(z.string().min(1), z.enum(fieldKeys).nullable()).default({}),
      values: z.record(z.string(), z.record(z.string().min(1), z.string())).default({}),
    })
    .strict()
    .superRefine((mapping, ctx) => {
      for (const [catalogue, spellings] of Object.entries(mapping.values)) {
        const known = catalogues[catalogue];
        if (!known) {
          ctx.addIssue({
            code: 'custom',
            path: ['values', catalogue],
            message: `unknown catalogue; use one of ${catalogueNames.join(', ')}`,
          });
          continue;
        }
        for (const [spelling, key] of Object.entries(spellings)) {
          if (!known.keys.includes(key)) {
            ctx.addIssue({
              code: 'custom',
              path: ['values', catalogue, spelling],
              message: `"${key}" is not a ${catalogue} key (${known.keys.join(', ')})`,
            });
          }
        }
      }
    });
}

/** Spellings compare like catalogue names: widths and spaces never matter. */
export function spellingKey(spelling: string): string {
  return spelling.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Parses and validates a mapping file's text; the error names the entry to fix. */
export function parseMapping<Key extends string>(
  source: string,
  fieldKeys: readonly [Key, ...Key[]],
  catalogues: Readonly<Record<string, ValueCatalogue>>,
): { readonly ok: true; readonly mapping: Mapping<Key> } | { readonly ok: false; readonly reason: Localized } {
  let document: unknown;
  try {
    document = parseYaml(source) ?? {};
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    return {
      ok: false,
      reason: text(`映射文件不是有效的 YAML/JSON：${message}`, `the mapping file is not valid YAML/JSON: ${message}`),
    };
  }
  const parsed = mappingSchema(fieldKeys, catalogues).safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    const fields = fieldKeys.join(', ');
    return {
      ok: false,
      reason: text(
        `映射文件的「${where}」有误：${issue?.message}（字段可选：${fields}）`,
        `mapping file entry "${where}": ${issue?.message} (fields: ${fields})`,
      ),
    };
  }
  return {
    ok: true,
    mapping: {
      columns: new Map(Object.entries(parsed.data.columns) as [string, Key | null][]),
      values: new Map(
        Object.entries(parsed.data.values).map(([catalogue, spellings]) => [
          catalogue,
          new Map(Object.entries(spellings).map(([spelling, key]) => [spellingKey(spelling), key])),
        ]),
      ),
    },
  };
}

export function emptyMapping<Key extends string>(): Mapping<Key> {
  return { columns: new Map(), values: new Map() };
}
