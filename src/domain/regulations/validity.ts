/**
 * Validity as the 国家法律法规数据库 words it, and as every answer shows it:
 * - 现行有效: the version in force;
 * - 已修改: a version superseded by a newer version of the same document;
 * - 已废止: the whole document was repealed — every version of it.
 */
export type Validity = '现行有效' | '已修改' | '已废止';

export const VALIDITIES: readonly Validity[] = ['现行有效', '已修改', '已废止'];

/** Words a front matter `status:` may use to say a document was repealed. */
const REPEALED = new Set(['已废止', '废止', '失效', '已失效', 'repealed']);

/** True when a document's declared status (front matter `status:`) says it was repealed. */
export function declaresRepealed(status: string | undefined): boolean {
  return status !== undefined && REPEALED.has(status.trim().toLowerCase());
}

export function validityOf(version: { readonly current: boolean; readonly repealed: boolean }): Validity {
  if (version.repealed) return '已废止';
  return version.current ? '现行有效' : '已修改';
}
