import fc from 'fast-check';
import { toEpochDay, toIsoDate } from '../../../src/domain/dates';
import type { DeadlineInput, ExcludedPeriodInput, ExtensionInput } from '../../../src/domain/deadline';
import { calendar, deadlineOf } from './helpers';

type CaseShape = Omit<DeadlineInput, 'filedOn'>;

/** Cases of every kind that has a 审限, with the facts each needs. */
const shapes: CaseShape[] = [
  { typeCode: '民初', procedure: 'ordinary' },
  { typeCode: '民初', procedure: 'simple' },
  { typeCode: '民初', procedure: 'small_claims' },
  { typeCode: '民终', appealAgainst: 'judgment' },
  { typeCode: '民终', appealAgainst: 'ruling' },
  { typeCode: '民再' },
  { typeCode: '民特' },
  { typeCode: '刑初', procedure: 'ordinary', prosecution: 'public', detained: true },
  { typeCode: '刑初', procedure: 'ordinary', prosecution: 'public', detained: false },
  { typeCode: '刑初', procedure: 'ordinary', prosecution: 'private', detained: false },
  { typeCode: '刑初', procedure: 'simple', detained: false },
  { typeCode: '刑初', procedure: 'expedited', detained: true },
  { typeCode: '刑终', detained: false },
  { typeCode: '刑再', detained: true },
  { typeCode: '行初', procedure: 'ordinary' },
  { typeCode: '行初', procedure: 'simple' },
  { typeCode: '行终' },
  { typeCode: '执' },
  { typeCode: '执', nonLitigation: true },
  { typeCode: '执异' },
  { typeCode: '执复' },
];

const firstDay = toEpochDay('2021-06-01');
const day = fc.integer({ min: 0, max: 2400 }).map((offset) => toIsoDate(firstDay + offset));
const extension: fc.Arbitrary<ExtensionInput> = fc.record({
  months: fc.integer({ min: 0, max: 6 }),
  days: fc.integer({ min: 1, max: 60 }),
});
const period: fc.Arbitrary<ExcludedPeriodInput> = fc
  .tuple(
    fc.integer({ min: 0, max: 2400 }),
    fc.integer({ min: 0, max: 120 }),
    fc.constantFrom('鉴定', '公告', '中止', '其他'),
  )
  .map(([from, length, reason]) => ({
    from: toIsoDate(firstDay + from),
    to: toIsoDate(firstDay + from + length),
    reason,
  }));

const caseInput = fc.record({
  shape: fc.constantFrom(...shapes),
  filedOn: day,
  extensions: fc.array(extension, { maxLength: 3 }),
  excludedPeriods: fc.array(period, { maxLength: 3 }),
});

function extendable(shape: CaseShape): boolean {
  return !(shape.typeCode === '行初' && shape.procedure === 'simple') && !['执异'].includes(shape.typeCode);
}

type GeneratedCase = typeof caseInput extends fc.Arbitrary<infer T> ? T : never;

function build({ shape, filedOn, extensions, excludedPeriods }: GeneratedCase): DeadlineInput {
  return { ...shape, filedOn, extensions: extendable(shape) ? extensions : [], excludedPeriods };
}

const isDetained = (input: DeadlineInput) => input.typeCode.startsWith('刑') && input.detained === true;

/**
 * Each property checks thousands of cases, and an `expect` per check was most of this file's time: a plain
 * throw fails the run the same way, and fast-check reports (and shrinks) the case that broke it.
 */
function holds(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

describe('properties of every computed 审限', () => {
  it('the rolled date is never before the natural date, and never a rest day unless the defendant is in custody', () => {
    fc.assert(
      fc.property(caseInput, (generated) => {
        const input = build(generated);
        const result = deadlineOf(input);
        holds(result.deadline >= result.naturalDeadline, `${result.deadline} is before ${result.naturalDeadline}`);
        if (!isDetained(input))
          holds(!calendar.isRestDay(toEpochDay(result.deadline)), `${result.deadline} is a rest day`);
        else holds(result.deadline === result.naturalDeadline, `in custody, ${result.deadline} was rolled`);
      }),
      { numRuns: 2000 },
    );
  });

  it('adding an extension never moves the deadline earlier', () => {
    fc.assert(
      fc.property(caseInput, extension, (generated, more) => {
        const input = build(generated);
        fc.pre(extendable(generated.shape));
        const before = deadlineOf(input);
        const after = deadlineOf({ ...input, extensions: [...(input.extensions ?? []), more] });
        holds(
          after.naturalDeadline >= before.naturalDeadline,
          `natural ${after.naturalDeadline} < ${before.naturalDeadline}`,
        );
        holds(after.deadline >= before.deadline, `${after.deadline} < ${before.deadline}`);
      }),
      { numRuns: 1500 },
    );
  });

  it('adding an excluded day never moves the deadline earlier', () => {
    fc.assert(
      fc.property(caseInput, period, (generated, more) => {
        const input = build(generated);
        const before = deadlineOf(input);
        const after = deadlineOf({ ...input, excludedPeriods: [...(input.excludedPeriods ?? []), more] });
        holds(
          after.excludedDays >= before.excludedDays,
          `${after.excludedDays} < ${before.excludedDays} days excluded`,
        );
        holds(after.deadline >= before.deadline, `${after.deadline} < ${before.deadline}`);
      }),
      { numRuns: 1500 },
    );
  });

  it('the base deadline (no extension, no exclusion) is never after the deadline', () => {
    fc.assert(
      fc.property(caseInput, (generated) => {
        const result = deadlineOf(build(generated));
        holds(result.baseDeadline <= result.deadline, `base ${result.baseDeadline} > ${result.deadline}`);
      }),
      { numRuns: 1000 },
    );
  });
});
