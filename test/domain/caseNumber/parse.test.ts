import { Converter } from 'opencc-js/cn2t';
import fc from 'fast-check';
import {
  CaseNumberError,
  normalizeCaseNumber,
  parseCaseNumber,
  tryParseCaseNumber,
  tryParseCourtCode,
  TYPE_CODES,
} from '../../../src/domain/caseNumber';

const options = { currentYear: 2026 };

describe('the 20 valid 案号 of domain.md §4.4', () => {
  it.each([
    [
      '（2022）内0291民初1234号',
      { year: 2022, courtCode: '内0291', courtLevel: 'basic', typeCode: '民初', sequence: 1234 },
    ],
    ['（2024）京0105民初12345号', { courtCode: '京0105', typeCode: '民初', sequence: 12345 }],
    ['(2023)沪0115民初88888号', { normalized: '（2023）沪0115民初88888号', courtCode: '沪0115' }],
    ['（2024）粤0305民初4567号', { courtCode: '粤0305', typeCode: '民初' }],
    ['（2025）浙0106民特321号', { typeCode: '民特', sequence: 321 }],
    ['（2024）苏0106民督56号', { typeCode: '民督' }],
    ['（2024）鲁0102民催3号', { typeCode: '民催', sequence: 3 }],
    ['（2025）鄂0102民再5号', { typeCode: '民再' }],
    ['（2024）川0107刑初456号', { typeCode: '刑初', typeCategory: 'criminal' }],
    ['（2025）豫0105行初78号', { typeCode: '行初', typeCategory: 'administrative' }],
    ['（2024）京0105执12345号', { typeCode: '执', typeCategory: 'enforcement' }],
    ['（2025）沪0115执恢1024号', { typeCode: '执恢' }],
    ['（2024）粤0305执异88号', { typeCode: '执异' }],
    ['（2025）浙0106执保456号', { typeCode: '执保' }],
    ['（2024）苏0106财保99号', { typeCode: '财保', typeCategory: 'preservation' }],
    ['（2024）京0105司救民12号', { typeCode: '司救民', typeCategory: 'judicialAid' }],
    ['（2024）京01民终5678号', { courtCode: '京01', courtLevel: 'intermediate', typeCode: '民终' }],
    ['（2024）黔01民终12518号', { courtCode: '黔01', typeCode: '民终', sequence: 12518 }],
    ['（2025）最高法民申1234号', { courtCode: '最高法', courtLevel: 'supreme', typeCode: '民申' }],
    ['（2019）最高法知民终1号', { courtCode: '最高法', specialCode: '知', typeCode: '民终', sequence: 1 }],
  ])('%s is valid', (input, expected) => {
    const parsed = parseCaseNumber(input, options);
    expect(parsed).toMatchObject({ input, legacy: false, suffix: null, ...expected });
    expect(parsed.normalized).toMatch(/^（\d{4}）/);
  });
});

describe('the 10 invalid 案号 of domain.md §4.5', () => {
  it.each([
    ['（2022）内0291民初1234', 'missing_hao', '号'],
    ['2022内0291民初1234号', 'year_not_bracketed', '括号'],
    ['（22）内0291民初1234号', 'year_not_four_digits', '年份须为四位数字'],
    ['（2022）内291民初1234号', 'court_digits_length', '2位'],
    ['（2022）内0291民初0号', 'sequence_zero', '自然数'],
    ['（2022）内0291民初01234号', 'sequence_leading_zero', '不得以0开头'],
    ['（2022）内0291民初字第1234号', 'legacy_format_after_2015', '字第'],
    ['（2022）蒙0291民初1234号', 'wrong_court_abbreviation', '“内”'],
    ['（2022）内0291执初1234号', 'unknown_type_code', '未知类型代字 "执初"'],
    ['（2015）京0105民初1234号', 'year_before_new_format', '2016'],
  ])('%s is rejected (%s)', (input, code, words) => {
    const result = tryParseCaseNumber(input, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(CaseNumberError);
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(words);
    expect(result.error.messageEn.length).toBeGreaterThan(0);
    expect(() => parseCaseNumber(input, options)).toThrow(CaseNumberError);
  });
});

describe('the other rules of §4.5', () => {
  it('rejects a year later than the current year, when the caller says what year it is', () => {
    expect(tryParseCaseNumber('（2027）京0105民初1号', options)).toMatchObject({
      ok: false,
      error: { code: 'year_in_future' },
    });
    expect(tryParseCaseNumber('（2027）京0105民初1号').ok).toBe(true);
  });

  it('requires 8 digits for 刑核 numbers', () => {
    expect(parseCaseNumber('（2024）最高法刑核00012345号', options).normalized).toBe('（2024）最高法刑核00012345号');
    expect(tryParseCaseNumber('（2024）最高法刑核1234号', options)).toMatchObject({
      ok: false,
      error: { code: 'criminal_review_sequence' },
    });
  });

  it('rejects 司救 without its suffix', () => {
    expect(tryParseCaseNumber('（2024）京0105司救12号', options)).toMatchObject({
      ok: false,
      error: { code: 'judicial_aid_without_suffix' },
    });
  });

  it('accepts a court-specific code only when configured', () => {
    expect(tryParseCaseNumber('（2024）内0291诉前调确12号', options).ok).toBe(false);
    expect(parseCaseNumber('（2024）内0291诉前调确12号', { ...options, extraTypeCodes: ['诉前调确'] }).typeCode).toBe(
      '诉前调确',
    );
  });

  it('reads 之一 and -1 suffixes as the same case', () => {
    const first = parseCaseNumber('（2024）京0105民初12345号之一', options);
    const scraped = parseCaseNumber('（2024）京0105民初12345号-1', options);
    expect(first.suffix).toBe('之一');
    expect(scraped.suffix).toBe('之一');
    expect(first.normalized).toBe('（2024）京0105民初12345号');
    expect(scraped.full).toBe('（2024）京0105民初12345号之一');
    expect(parseCaseNumber('（2024）京0105民初12345号之十二', options).suffix).toBe('之十二');
  });

  it('normalises full-width digits, spaces and bracket styles', () => {
    expect(normalizeCaseNumber(' （２０２４）京０１０５ 民初１２号 ', options)).toBe('（2024）京0105民初12号');
    expect(normalizeCaseNumber('〔2024〕京0105民初12号', options)).toBe('（2024）京0105民初12号');
  });

  it('recognises legacy 字第 numbers before 2016 and reports them as legacy', () => {
    expect(parseCaseNumber('(2015)海民初字第1234号', options)).toMatchObject({
      legacy: true,
      courtCode: '海',
      typeCode: '民初',
      sequence: 1234,
      normalized: '（2015）海民初字第1234号',
    });
    expect(parseCaseNumber('（2013）一中民终字第88号', options)).toMatchObject({
      legacy: true,
      courtCode: '一中',
      typeCode: '民终',
    });
    expect(parseCaseNumber('（2014）朝民（商）初字第5号', options)).toMatchObject({
      legacy: true,
      courtCode: '朝',
      typeCode: '民(商)初',
    });
  });

  it('matches type codes on the whole run, so the longest code wins (行赔初, not 行…)', () => {
    expect(parseCaseNumber('（2024）京0105行赔初3号', options).typeCode).toBe('行赔初');
    expect(parseCaseNumber('（2024）京01民辖终3号', options).typeCode).toBe('民辖终');
  });
});

const courtCodes = fc.constantFrom(
  '京0105',
  '内0291',
  '京01',
  '粤',
  '最高法',
  '兵0102',
  '军01',
  '沪',
  '蒙0291',
  '京291',
);
const typeCodes = fc.constantFrom(...TYPE_CODES.map((info) => info.code), '执初', '司救', '民初字第', '');
const noisyNumber = fc
  .tuple(
    fc.constantFrom('（', '(', '', '〔'),
    fc.oneof(fc.integer({ min: 1990, max: 2030 }).map(String), fc.string({ maxLength: 5 })),
    fc.constantFrom('）', ')', ''),
    courtCodes,
    fc.constantFrom('', '知'),
    typeCodes,
    fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constantFrom('007', '00012345', '')),
    fc.constantFrom('号', '', '号之一', '号-2', '号x'),
  )
  .map((parts) => parts.join(''));

describe('properties', () => {
  it('parsing never throws anything but CaseNumberError, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(noisyNumber, fc.string(), fc.anything()), (input) => {
        try {
          parseCaseNumber(input, options);
        } catch (error) {
          expect(error).toBeInstanceOf(CaseNumberError);
        }
        expect(() => tryParseCaseNumber(input, options)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('normalize∘parse is idempotent', () => {
    fc.assert(
      fc.property(noisyNumber, (input) => {
        const result = tryParseCaseNumber(input, options);
        if (!result.ok) return;
        const again = parseCaseNumber(result.value.normalized, options);
        expect(again.normalized).toBe(result.value.normalized);
        expect(parseCaseNumber(result.value.full, options).full).toBe(result.value.full);
        expect({ ...again, input: result.value.input, full: result.value.full, suffix: result.value.suffix }).toEqual(
          result.value,
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a 法院代字 on its own, as a court registers itself', () => {
  it.each([
    ['内0291', '内0291', 'basic'],
    [' 京０１０５ ', '京0105', 'basic'],
    ['京01', '京01', 'intermediate'],
    ['内', '内', 'high'],
    ['最高法', '最高法', 'supreme'],
  ])('%s is the court code %s of a %s court', (input, code, level) => {
    expect(tryParseCourtCode(input)).toEqual({ ok: true, code, level });
  });

  it.each([
    ['', 'missing_court_code'],
    ['0291', 'missing_court_code'],
    ['蒙0291', 'wrong_court_abbreviation'],
    ['X0291', 'unknown_court_code'],
    ['内291', 'court_digits_length'],
    ['内0291民初', 'trailing_text'],
  ])('%j is refused (%s)', (input, code) => {
    const result = tryParseCourtCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('accepts exactly the court code a parsed 案号 carries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('内0291', '京0105', '沪01', '粤', '最高法'),
        fc.integer({ min: 1, max: 99999 }),
        (court, sequence) => {
          const parsed = parseCaseNumber(
            `（2024）${court}民${/\d{4}$/.test(court) ? '初' : '终'}${sequence}号`,
            options,
          );
          expect(tryParseCourtCode(parsed.courtCode)).toMatchObject({ ok: true, code: parsed.courtCode });
        },
      ),
    );
  });
});
describe('old 案号, as 原审案号, old judgments and 申诉 still cite them', () => {
  it.each([
    ['（2015）民申字第2633号', { courtCode: '', courtLevel: 'supreme', typeCode: '民申', currentTypeCode: '民申' }],
    ['（2010）刑五复66820039号', { courtCode: '', courtLevel: 'supreme', typeCode: '刑五复', currentTypeCode: '刑核' }],
    ['【2005】民他字第25号', { courtCode: '', typeCode: '民他', normalized: '（2005）民他字第25号' }],
    ['（2012）沪高刑复字第5号', { courtCode: '沪高', typeCode: '刑复', currentTypeCode: '刑核' }],
    ['（2013）二中刑抗终字第12号', { courtCode: '二中', typeCode: '刑抗终', currentTypeCode: '刑终' }],
    ['（2014）一中刑减字第301号', { courtCode: '一中', typeCode: '刑减', currentTypeCode: '刑更' }],
    ['（2015）西刑速初字第8号', { courtCode: '西', typeCode: '刑速初', currentTypeCode: '刑初' }],
    ['（2011）闽执行字第3号', { courtCode: '闽', typeCode: '执行', currentTypeCode: '执' }],
    ['（2013）海民一初字第77号', { courtCode: '海', typeCode: '民一初', currentTypeCode: '民初' }],
    ['（2012）朝调确字第9号', { courtCode: '朝', typeCode: '调确', currentTypeCode: '民特' }],
  ])('%s is read', (input, expected) => {
    expect(parseCaseNumber(input, options)).toMatchObject({ legacy: true, ...expected });
  });

  it('（2008）杭刑执字第3651号 is court 杭, type 刑执 (减刑、假释), not court 杭刑 with civil enforcement', () => {
    expect(parseCaseNumber('（2008）杭刑执字第3651号', options)).toMatchObject({
      courtCode: '杭',
      typeCode: '刑执',
      currentTypeCode: '刑更',
      typeCategory: 'criminal',
    });
  });

  it('keeps a local code it does not know as written, instead of rejecting the number', () => {
    expect(parseCaseNumber('（2012）浙甬民三外字第7号', options)).toMatchObject({
      legacy: true,
      courtCode: '',
      courtLevel: null,
      typeCode: '浙甬民三外',
      currentTypeCode: null,
      typeCategory: null,
      normalized: '（2012）浙甬民三外字第7号',
    });
  });

  it('normalises traditional forms: 粵 is 粤, 終 is 终, 號 is 号', () => {
    expect(parseCaseNumber('（2013）粵高法民一終字第88號', options)).toMatchObject({
      normalized: '（2013）粤高法民一终字第88号',
      courtCode: '粤高法',
      currentTypeCode: '民终',
    });
    expect(normalizeCaseNumber('（2024）粵0305民初4567號', options)).toBe('（2024）粤0305民初4567号');
    expect(normalizeCaseNumber('（2025）內0291執恢12號', options)).toBe('（2025）内0291执恢12号');
  });

  it.each(['（2022）内0291民初字第1234号', '（2022）内0291民初第1234号', '（2022）内0291民初字1234号'])(
    'a 2016+ number written with 字/第 (%s) is told exactly that, and how to write it',
    (input) => {
      const result = tryParseCaseNumber(input, options);
      expect(result).toMatchObject({ ok: false, error: { code: 'legacy_format_after_2015' } });
      if (!result.ok) {
        expect(result.error.messageZh).toBe(
          '2016年起的案号不写“字”和“第”（“字第”是2016年以前的旧式案号）：应写作“（2022）内0291民初1234号”',
        );
        expect(result.error.messageEn).toContain('without 字 and 第');
      }
    },
  );

  it('still refuses a current-format number dated before 2016', () => {
    expect(tryParseCaseNumber('（2015）京0105民初1234号', options)).toMatchObject({
      ok: false,
      error: { code: 'year_before_new_format' },
    });
  });
});

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const legacyCourts = fc.constantFrom('', '海', '杭', '一中', '二中', '沪高', '闽', '西', '粤高法', '朝');
const legacyCodes = fc.constantFrom(
  '民初',
  '民一终',
  '民(商)初',
  '商初',
  '民申',
  '民他',
  '刑执',
  '刑减',
  '刑复',
  '刑抗终',
  '刑速初',
  '执',
  '执行',
  '执恢',
  '行初',
  '调确',
);

describe('properties of old numbers', () => {
  it('every old code that is read corresponds to a code of the 2015 catalogue, and the court is what precedes it', () => {
    fc.assert(
      fc.property(legacyCourts, legacyCodes, fc.integer({ min: 1, max: 99999 }), (court, code, sequence) => {
        const parsed = parseCaseNumber(`（2014）${court}${code}字第${sequence}号`, options);
        expect(parsed).toMatchObject({ legacy: true, courtCode: court, typeCode: code, sequence });
        expect(TYPE_CODES.map((info) => info.code)).toContain(parsed.currentTypeCode);
        expect(parseCaseNumber(parsed.normalized, options)).toEqual({ ...parsed, input: parsed.normalized });
      }),
    );
  });

  it('a number written in traditional characters is the same case as in simplified ones', () => {
    const numbers = fc.oneof(
      fc
        .tuple(legacyCourts, legacyCodes, fc.integer({ min: 1, max: 9999 }))
        .map(([court, code, sequence]) => `（2013）${court}${code}字第${sequence}号`),
      fc
        .tuple(
          fc.constantFrom('粤0305', '沪0115', '内0291', '京01', '最高法'),
          fc.constantFrom('民初', '民终', '执恢', '刑终', '执异'),
          fc.integer({ min: 1, max: 9999 }),
        )
        .map(([court, code, sequence]) => `（2024）${court}${code}${sequence}号`),
    );
    fc.assert(
      fc.property(numbers, (simplified) => {
        expect(normalizeCaseNumber(toTraditional(simplified), options)).toBe(normalizeCaseNumber(simplified, options));
      }),
      { numRuns: 300 },
    );
  });
});
