/**
 * `npm run bench:domain`: deadline computations and 案号 parses per second of CPU time on one core,
 * with the holiday calendar built once. CPU time rather than wall time, because the machine is shared.
 */
import { buildHolidayCalendar } from '../src/domain/calendar';
import { tryParseCaseNumber } from '../src/domain/caseNumber';
import { toIsoDate } from '../src/domain/dates';
import { computeDeadline, type DeadlineInput } from '../src/domain/deadline';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Runs `work` over the inputs repeatedly for SECONDS of CPU time; returns operations per CPU-second. */
function measure<T>(inputs: readonly T[], work: (input: T) => unknown): number {
  for (let warm = 0; warm < 3; warm++) for (const input of inputs) work(input);
  let operations = 0;
  const started = cpuSeconds();
  let elapsed = 0;
  while (elapsed < SECONDS) {
    for (const input of inputs) work(input);
    operations += inputs.length;
    elapsed = cpuSeconds() - started;
  }
  return Math.round(operations / elapsed);
}

/** A realistic mix: most cases plain civil first instance, some extended, excluded, converted or criminal. */
function deadlineInputs(count: number): DeadlineInput[] {
  const firstDay = Date.UTC(2023, 6, 1) / 86400000;
  const inputs: DeadlineInput[] = [];
  for (let index = 0; index < count; index++) {
    const filedOn = toIsoDate(firstDay + ((index * 37) % 1100));
    const later = (days: number) => toIsoDate(firstDay + ((index * 37) % 1100) + days);
    switch (index % 8) {
      case 0:
        inputs.push({
          typeCode: '民初',
          procedure: 'ordinary',
          filedOn,
          extensions: [{ months: 6, approvedBy: '本院院长' }],
        });
        break;
      case 1:
        inputs.push({
          typeCode: '民初',
          procedure: 'ordinary',
          filedOn,
          excludedPeriods: [{ from: later(20), to: later(75), reason: '鉴定' }],
        });
        break;
      case 2:
        inputs.push({
          typeCode: '民初',
          procedure: 'ordinary',
          filedOn,
          conversions: [{ on: later(40), to: 'ordinary', from: 'simple' }],
        });
        break;
      case 3:
        inputs.push({ typeCode: '刑初', procedure: 'ordinary', prosecution: 'public', detained: true, filedOn });
        break;
      case 4:
        inputs.push({
          typeCode: '刑初',
          procedure: 'simple',
          detained: false,
          filedOn,
          conversions: [{ on: later(10), to: 'ordinary' }],
        });
        break;
      case 5:
        inputs.push({ typeCode: '执', filedOn, extensions: [{}] });
        break;
      case 6:
        inputs.push({ typeCode: '民终', appealAgainst: 'judgment', filedOn });
        break;
      default:
        inputs.push({ typeCode: '民初', procedure: 'simple', filedOn });
    }
  }
  return inputs;
}

function caseNumbers(count: number): string[] {
  const shapes = [
    '（2024）京0105民初{n}号',
    '(2023)沪0115执{n}号',
    '（2025）粤0305执异{n}号',
    '（2024）京01民终{n}号',
    '（2019）最高法知民终{n}号',
    '（2024）川0107刑初{n}号之一',
  ];
  return Array.from({ length: count }, (_, index) =>
    (shapes[index % shapes.length] as string).replace('{n}', String(index + 1)),
  );
}

const calendar = buildHolidayCalendar();
const inputs = deadlineInputs(4000);
const numbers = caseNumbers(4000);

const explained = measure(inputs, (input) => computeDeadline(input, calendar));
const datesOnly = measure(inputs, (input) => computeDeadline(input, calendar, { explain: false }));
const parses = measure(numbers, (text) => tryParseCaseNumber(text, { currentYear: 2026 }));

console.log(`deadline computations/s (with the readable breakdown): ${explained.toLocaleString('en')}`);
console.log(`deadline computations/s (dates only, explain: false):   ${datesOnly.toLocaleString('en')}`);
console.log(`案号 parses/s:                                           ${parses.toLocaleString('en')}`);
