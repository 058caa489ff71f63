/**
 * Pre-2016 type codes were set by each court within a common pattern: a division (民, 商, 知, 刑, 行, 执),
 * perhaps a 庭 number (民一, 刑五) and a sub-division in brackets (民(商)), then a stage (初, 终, 复, 减 …),
 * written before 字第: 民一初字, 刑执字 (减刑、假释), 刑速初字 (速裁), 刑抗终字, 闽执行字, 调确字 (司法确认,
 * 司法确认规定 §4). Each reading names the current code it corresponds to, so an old case's 审限 and metrics
 * follow today's rules; a code outside the pattern is still accepted as written, with no current code.
 */
export interface LegacyTypeCode {
  readonly code: string;
  /** The 2015 catalogue's code for the same kind of case (刑执 → 刑更). */
  readonly current: string;
}

const ORDINAL = '[一二三四五六七八九十]?';
const SUB_DIVISION = '(?:\\((?:商|民|知|刑|行)\\))?';

/** Stage → current code, per division. */
const CIVIL_STAGES: Readonly<Record<string, string>> = {
  初: '民初',
  终: '民终',
  再: '民再',
  提: '民再',
  申: '民申',
  监: '民监',
  抗: '民抗',
  特: '民特',
  催: '民催',
  督: '民督',
  撤: '民撤',
  他: '民他',
  破: '破',
  调确: '民特',
  外初: '民初',
  外终: '民终',
  辖: '民辖',
  辖终: '民辖终',
};

const STAGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  民: CIVIL_STAGES,
  商: CIVIL_STAGES,
  知: CIVIL_STAGES,
  刑: {
    初: '刑初',
    速初: '刑初',
    终: '刑终',
    抗终: '刑终',
    再: '刑再',
    提: '刑再',
    申: '刑申',
    监: '刑监',
    抗: '刑抗',
    复: '刑核',
    核: '刑核',
    减: '刑更',
    执: '刑更',
    更: '刑更',
    他: '刑他',
    医: '刑医',
    没: '刑没',
    辖: '刑辖',
    止: '刑止',
  },
  行: {
    初: '行初',
    终: '行终',
    再: '行再',
    提: '行再',
    申: '行申',
    监: '行监',
    抗: '行抗',
    审: '行审',
    他: '行他',
    赔初: '行赔初',
    赔终: '行赔终',
  },
  执: { '': '执', 行: '执', 恢: '执恢', 异: '执异', 复: '执复', 监: '执监', 保: '执保', 他: '执他', 协: '执协' },
};

const PATTERN = new RegExp(`^(民|商|知|刑|行|执)${ORDINAL}${SUB_DIVISION}(.*)$`);

/** The reading of a pre-2016 type code, or undefined when the code is outside the pattern. */
export function legacyTypeCode(code: string): LegacyTypeCode | undefined {
  if (code === '调确') return { code, current: '民特' };
  const match = PATTERN.exec(code);
  if (match === null) return undefined;
  const current = STAGES[match[1] as string]?.[match[2] as string];
  return current === undefined ? undefined : { code, current };
}

/** SPC 死刑复核 numbers before 2016: 刑 + the 庭 (一 to 五) + 复 + an 8-digit number, with neither 字 nor 第. */
export const SPC_DEATH_PENALTY_REVIEW = /^(刑[一二三四五]复)(\d{8})号(.*)$/;
