/**
 * Pre-2016 type codes were set locally: 民一初, 民(商)初, 商终, 知初, 刑二终, 执字 … They are recognised
 * only to read old files, so a pattern is enough; nothing computes deadlines from them.
 */
const LEGACY_TYPE =
  /^(?:民|商|知|刑|行|海|铁|赔)(?:\((?:商|民|知)\))?[一二三四五六七八九十]?(?:初|终|再|申|监|提|特|催|督|撤|重|外初|外终)$|^执(?:恢|异|复|监|保)?$/;

export function isLegacyTypeCode(code: string): boolean {
  return LEGACY_TYPE.test(code);
}
