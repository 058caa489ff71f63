import {
  APPEAL_OUTCOMES,
  appealOutcomeFromName,
  CLOSE_METHODS,
  closeMethodFromName,
  TEAM_KINDS,
  teamKindFromName,
} from '../../../src/domain/catalogues';
import {
  factsNeeded,
  PROCEDURES,
  procedureFromName,
  procedureNameZh,
  PROSECUTIONS,
  SPECIAL_KINDS,
} from '../../../src/domain/procedures';

describe('procedure names as exports write them', () => {
  it.each([
    ['普通程序', 'ordinary'],
    ['普通', 'ordinary'],
    ['第一审普通程序', 'ordinary'],
    ['简易程序', 'simple'],
    ['简易', 'simple'],
    ['小额诉讼程序', 'small_claims'],
    ['小额', 'small_claims'],
    ['简易程序（小额诉讼）', 'small_claims'],
    ['速裁程序', 'expedited'],
    ['速裁', 'expedited'],
    ['特别程序', 'special'],
    ['二审', 'second_instance'],
    ['再审', 'retrial'],
    ['督促程序', 'payment_order'],
    ['公示催告', 'public_notice'],
    ['执行', 'enforcement'],
    ['执行异议', 'enforcement_objection'],
    [' ordinary ', 'ordinary'],
  ])('%s → %s', (name, key) => {
    expect(procedureFromName(name)).toBe(key);
  });

  it.each([
    ['民事一审简易程序(已延长)', 'simple'],
    ['刑事一审普通程序（公诉）', 'ordinary'],
    ['民事一审小额诉讼程序', 'small_claims'],
    ['特别程序(确认调解协议)', 'special'],
    ['民事再审(按第一审普通程序)', 'retrial'],
    ['刑事二审', 'second_instance'],
  ])('reads a longer label by its procedure part: %s → %s', (name, key) => {
    expect(procedureFromName(name)).toBe(key);
  });

  it('maps keys back to the Chinese name and rejects unknown names', () => {
    expect(procedureNameZh('small_claims')).toBe('小额诉讼程序');
    expect(procedureFromName('快速程序')).toBeNull();
    expect(procedureFromName('简易程序转普通程序')).toBeNull();
    expect(PROCEDURES.isKey('ordinary')).toBe(true);
    expect(PROCEDURES.isKey('普通程序')).toBe(false);
  });

  it('reads facts in Chinese: 公诉/自诉, 宣告失踪', () => {
    expect(PROSECUTIONS.fromName('自诉')).toBe('private');
    expect(SPECIAL_KINDS.fromName('宣告失踪')).toBe('missing_person');
  });

  it('says which facts a type code needs (a 案号 alone does not decide the procedure)', () => {
    expect(factsNeeded('民初')).toEqual({
      procedures: ['ordinary', 'simple', 'small_claims'],
      procedureRequired: true,
      facts: [],
    });
    expect(factsNeeded('刑初')?.facts).toEqual(['prosecution', 'detained', 'incidentalCivil']);
    expect(factsNeeded('民终')).toMatchObject({ procedureRequired: false, facts: ['appealAgainst'] });
    expect(factsNeeded('执')?.facts).toEqual(['nonLitigation']);
    expect(factsNeeded('司救民')).toBeNull();
  });
});

describe('close methods, appeal outcomes and team kinds', () => {
  it('reads 结案方式 in their usual spellings, with the flags the metrics need', () => {
    expect(closeMethodFromName('终本')).toBe('terminated_this_round');
    expect(closeMethodFromName('准予撤诉')).toBe('withdrawal_permitted');
    expect(CLOSE_METHODS.get('withdrawal_permitted').withdrawal).toBe(true);
    expect(CLOSE_METHODS.get('mediation').mediation).toBe(true);
    expect(CLOSE_METHODS.get('judgment').appealable).toBe(true);
    expect(CLOSE_METHODS.get('mediation').appealable).toBe(false);
    const executed = CLOSE_METHODS.entries.filter((method) => method.enforcementExecuted).map((method) => method.key);
    expect(executed).toEqual(['executed', 'enforcement_settlement', 'voluntary_performance']);
  });

  it('reads appeal outcomes; only 改判 and 发回重审 count as reversals', () => {
    expect(appealOutcomeFromName('驳回上诉，维持原判')).toBe('upheld');
    expect(appealOutcomeFromName('撤销原判，发回重审')).toBe('remanded');
    expect(APPEAL_OUTCOMES.entries.filter((outcome) => outcome.reversal).map((outcome) => outcome.key)).toEqual([
      'amended',
      'remanded',
    ]);
  });

  it('reads team kinds, 其他 being 综合', () => {
    expect(teamKindFromName('速裁快审')).toBe('fast_track');
    expect(teamKindFromName('其他')).toBe('general');
    expect(TEAM_KINDS.keys).toHaveLength(7);
  });
});
