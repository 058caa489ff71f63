/**
 * How judges say a case of their own court: the year, the 类型代字 and the 序号, without brackets, 法院代字 or 号 —
 * 2026执569, 2026年民初123号, (2026)执恢12. Pre-2016 numbers (…字第…号) always carried their court, so 字 and 第
 * never appear in a short number.
 */
const SHORT_NUMBER = /^[(（〔[]?(\d{4})[)）〕\]]?年?((?:(?![字第])\p{Script=Han}){1,8})(\d{1,7})号?$/u;

/** Does this text look like a short 案号 (the full parser still checks the type code when it is expanded)? */
export function isShortCaseNumber(text: string): boolean {
  return SHORT_NUMBER.test(text.normalize('NFKC').replace(/\s+/g, ''));
}

/** The full 案号 a short one names in the court with this 法院代字 (内0291): 2026执569 → （2026）内0291执569号. */
export function expandShortCaseNumber(text: string, courtCode: string): string | null {
  const match = SHORT_NUMBER.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  if (!match) return null;
  const [, year, typeCode, sequence] = match;
  return `（${year}）${courtCode}${typeCode}${sequence}号`;
}
