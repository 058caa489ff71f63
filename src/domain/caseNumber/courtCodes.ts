/**
 * 法院代字 (案号规定 §4–5): the SPC is 最高法; a high court uses its province's abbreviation (内蒙古 is 内),
 * the PLA military courts 军 and the XPCC courts 兵; intermediate courts add 2 digits, basic courts 4.
 */
export const SUPREME_COURT_CODE = '最高法';

export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '京',
  '津',
  '沪',
  '渝',
  '冀',
  '晋',
  '辽',
  '吉',
  '黑',
  '苏',
  '浙',
  '皖',
  '闽',
  '赣',
  '鲁',
  '豫',
  '鄂',
  '湘',
  '粤',
  '琼',
  '川',
  '黔',
  '云',
  '陕',
  '甘',
  '青',
  '内',
  '桂',
  '藏',
  '宁',
  '新',
  '军',
  '兵',
]);

/** Everyday abbreviations that are not court codes, mapped to the code the 案号 rules use. */
export const MISTAKEN_PROVINCE_CODES: ReadonlyMap<string, { readonly code: string; readonly province: string }> =
  new Map([
    ['蒙', { code: '内', province: '内蒙古自治区' }],
    ['滇', { code: '云', province: '云南省' }],
    ['贵', { code: '黔', province: '贵州省' }],
    ['陇', { code: '甘', province: '甘肃省' }],
    ['秦', { code: '陕', province: '陕西省' }],
    ['蜀', { code: '川', province: '四川省' }],
  ]);

export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

export function courtLevelOf(digits: string): CourtLevel {
  if (digits.length === 4) return 'basic';
  if (digits.length === 2) return 'intermediate';
  return 'high';
}
