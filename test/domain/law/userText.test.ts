import { LAWS, cite, formatCitationEn, formatCitationZh, type LawKey } from '../../../src/domain/law';
import { DEFAULT_METRIC_POLICY, METRICS } from '../../../src/domain/metrics';
import { deadlineOf } from '../deadline/helpers';

/** Words that belong to notes about Docket's own sources (docs/deadlines.md, docs/digests.md), not to a rule. */
const SOURCE_NOTE = /核实|转载|未见|资料|本系统|unverified|third-party|not in the sources|not published|Docket adds/i;

describe('judges read the rule and its citation, not notes about our sources', () => {
  it('a citation is the law’s short name and its article, whatever we know of the copy we read', () => {
    expect(formatCitationZh(cite('spcPeriodNotice2014'))).toBe('最高法司法文件(2014-12-12)');
    expect(formatCitationZh(cite('trialPeriodProvisions2000', 2))).toBe('审限规定(2000) 第2条');
    expect(formatCitationEn(cite('trialPeriodProvisions2000', 2))).toBe(
      'SPC Provisions on Trial Time Limits (2000) art. 2',
    );
    for (const law of Object.keys(LAWS) as LawKey[]) {
      expect(formatCitationZh(cite(law, 1))).not.toMatch(SOURCE_NOTE);
      expect(formatCitationEn(cite(law, 1))).not.toMatch(SOURCE_NOTE);
    }
  });

  it('the breakdown of a 民特 case extended under the 2000 Provisions, rolled over by the 2014 document, has no source notes', () => {
    const result = deadlineOf({ typeCode: '民特', filedOn: '2026-01-20', extensions: [{}] });
    const citations = result.basis.flatMap((line) => line.citations);
    expect(citations.map((c) => c.law)).toEqual(
      expect.arrayContaining(['trialPeriodProvisions2000', 'spcPeriodNotice2014']),
    );
    for (const line of result.basis) {
      expect(line.zh).not.toMatch(SOURCE_NOTE);
      expect(line.citations.map(formatCitationZh).join('；')).not.toMatch(SOURCE_NOTE);
    }
  });

  it('no metric tells a team lead that its formula or band is unsourced', () => {
    for (const metric of METRICS) {
      const described = metric.describe(DEFAULT_METRIC_POLICY);
      for (const text of [metric.nameZh, metric.nameEn, described.zh, described.en, metric.note?.zh, metric.note?.en])
        expect(text ?? '').not.toMatch(SOURCE_NOTE);
    }
  });
});
