import { dayIn, fixedClock } from '../../src/services/clock';

describe('the court day', () => {
  it('is the calendar day in Asia/Shanghai, not in UTC', () => {
    // 2025-03-04 20:30 UTC is already 04:30 on 5 March in Beijing.
    expect(dayIn(new Date('2025-03-04T20:30:00Z'))).toBe('2025-03-05');
    expect(dayIn(new Date('2025-03-04T15:59:59Z'))).toBe('2025-03-04');
  });

  it('comes from a fixed clock in tests and the console', () => {
    expect(dayIn(fixedClock('2025-06-30T01:00:00+08:00').now())).toBe('2025-06-30');
  });
});
