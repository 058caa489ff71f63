import { ZodError } from 'zod';
import {
  computeDeadline,
  DeadlineInputError,
  deadlineStatus,
  parseDeadlineRequest,
  resolveDeadlinePolicy,
  type DeadlinePolicy,
} from '../../domain/deadline';
import { dayIn } from '../../services/clock';
import { deadlineJson } from '../deadline/output';
import { parseJson, readInputText } from '../deadline/readInput';
import { CliError } from '../errors';
import { cliCalendar } from '../calendar/cliCalendar';

export interface DeadlineFlags {
  input?: string;
  policy?: string;
  bundledCalendar?: boolean;
}

/** `docket deadline`: one case's 审限 from a JSON object, printed as JSON. */
export async function deadlineAction(flags: DeadlineFlags): Promise<void> {
  const request = parseJson(await readInputText(flags.input), flags.input ?? 'stdin');
  const today = dayIn(new Date());
  const parsed = parseDeadlineRequest(request, { currentYear: Number(today.slice(0, 4)) });
  if (!parsed.ok)
    throw new CliError(
      `invalid input, field "${parsed.field}": ${parsed.zh}${parsed.en === parsed.zh ? '' : ` (${parsed.en})`}`,
    );
  const policy = flags.policy === undefined ? undefined : await readPolicy(flags.policy);
  const calendar = await cliCalendar({ bundledOnly: flags.bundledCalendar === true });
  let outcome;
  try {
    outcome = computeDeadline(parsed.input, calendar.calendar, policy === undefined ? {} : { policy });
  } catch (error) {
    if (error instanceof DeadlineInputError)
      throw new CliError(`invalid input, field "${error.field}": ${error.messageZh} (${error.messageEn})`);
    throw error;
  }
  const asOf = parsed.asOf ?? today;
  const status = outcome.kind === 'deadline' ? deadlineStatus(outcome, asOf, calendar.calendar) : null;
  console.log(JSON.stringify(deadlineJson(outcome, status, calendar.years), null, 2));
}

async function readPolicy(file: string): Promise<DeadlinePolicy> {
  try {
    return resolveDeadlinePolicy(parseJson(await readInputText(file), file));
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new CliError(
        `invalid policy in ${file}, field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? error.message}`,
      );
    }
    throw error;
  }
}
