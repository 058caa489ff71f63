import fc from 'fast-check';
import { checkCmsUrlTemplate, cmsCaseUrl } from '../../../src/domain/cmsLink';

describe('a link into the case-management system', () => {
  it('puts the 案号, percent-encoded, where the court’s template says', () => {
    expect(cmsCaseUrl('https://cms.court.example/case?ah={caseNumber}&tab=1', '（2026）内0291民初123号')).toBe(
      'https://cms.court.example/case?ah=%EF%BC%882026%EF%BC%89%E5%86%850291%E6%B0%91%E5%88%9D123%E5%8F%B7&tab=1',
    );
  });

  it('is absent when the court set no template', () => {
    expect(cmsCaseUrl(null, '（2026）内0291民初123号')).toBeNull();
  });

  it('gives back exactly the 案号 it was built from, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), (caseNumber) => {
        const url = new URL(cmsCaseUrl('https://cms.example/case?ah={caseNumber}', caseNumber) as string);
        expect(url.searchParams.get('ah')).toBe(caseNumber);
      }),
    );
  });

  it.each([
    ['https://cms.example/case?ah={caseNumber}', true, ''],
    ['  http://10.1.2.3:8080/ajxx/{caseNumber}  ', true, ''],
    ['https://cms.example/case', false, '须包含 {caseNumber}'],
    ['https://cms.example/case?ah={caseNumber}&fy={court}', false, '不认 {court}'],
    ['ftp://cms.example/{caseNumber}', false, 'https://'],
    ['javascript:alert({caseNumber})', false, 'https://'],
    ['https://cms.example/a|b?ah={caseNumber}', false, '| < >'],
    ['https://cms example/{caseNumber}', false, '空格'],
    ['cms.example/{caseNumber}', false, '不是有效的网址'],
    ['', false, '不能为空'],
  ])('template %j: accepted %s', (template, accepted, reason) => {
    const check = checkCmsUrlTemplate(template);
    expect(check.ok).toBe(accepted);
    if (!check.ok) expect(check.zh).toContain(reason);
  });
});
