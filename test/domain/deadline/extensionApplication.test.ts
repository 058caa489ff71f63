import { extensionApplicationOn } from '../../../src/domain/deadline';
import { deadlineOf } from './helpers';

describe('the date to apply for an extension, as a judge sees it on a given day', () => {
  // 普通程序 filed on 2024-08-31: 审限 ends 2025-02-28; apply by 02-13, the 院长 decides by 02-23.
  const ordinary = deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2024-08-31' });

  it('is nothing to act on two months ahead', () => {
    expect(extensionApplicationOn(ordinary, '2024-12-31')).toBeNull();
  });

  it('falls due within the 15 days before the last day to apply', () => {
    expect(extensionApplicationOn(ordinary, '2025-01-29')).toEqual({
      state: 'due',
      applyBy: '2025-02-13',
      decideBy: '2025-02-23',
    });
    expect(extensionApplicationOn(ordinary, '2025-02-13')?.state).toBe('due');
  });

  it('has passed the day after the last day to apply, while the 审限 still runs', () => {
    expect(extensionApplicationOn(ordinary, '2025-02-14')).toEqual({
      state: 'passed',
      applyBy: '2025-02-13',
      decideBy: '2025-02-23',
      decisionPassed: false,
    });
  });

  it('a case due tomorrow has passed both the application and the decision dates', () => {
    expect(extensionApplicationOn(ordinary, '2025-02-27')).toMatchObject({ state: 'passed', decisionPassed: true });
  });

  it('is nothing once the law allows no further extension', () => {
    const simpleAtCap = deadlineOf({
      typeCode: '民初',
      procedure: 'simple',
      filedOn: '2024-08-31',
      extensions: [{ approvedBy: '院长' }],
    });
    expect(extensionApplicationOn(simpleAtCap, '2024-12-30')).toBeNull();
  });
});
