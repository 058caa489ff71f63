import { z } from 'zod';
import { isIsoDate } from '../../domain/dates';
import { procedureNameZh, PROCEDURES } from '../../domain/procedures';
import { dayIn } from '../../services/clock';
import { JudgeCasesService, type CaseListItem, type JudgeCases } from '../../services/judgeCases';
import { PeopleService, PersonLookupError } from '../../services/people';
import { CliError } from '../errors';
import { withCliStore } from '../store';
import { renderTable } from '../table';

const optionsSchema = z.strictObject({
  judge: z.string().trim().min(1, '--judge needs a Slack user id (U…) or an e-mail address'),
  open: z.boolean().optional(),
  overdue: z.boolean().optional(),
  limit: z.coerce.number().int('--limit must be a whole number').positive('--limit must be at least 1').optional(),
  asOf: z.string().refine(isIsoDate, '--as-of must be a date in YYYY-MM-DD form').optional(),
  json: z.boolean().optional(),
});

/** `docket cases list`. */
export async function casesList(raw: unknown): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'invalid options');
  const options = parsed.data;
  const result = await withCliStore(async (store) => {
    try {
      const judgeCases = new JudgeCasesService({ store, people: new PeopleService({ store }) });
      return await judgeCases.list({
        judge: options.judge,
        openOnly: options.open,
        overdueOnly: options.overdue,
        limit: options.limit,
        asOf: options.asOf ?? dayIn(new Date()),
      });
    } catch (error) {
      if (error instanceof PersonLookupError) throw new CliError(error.message);
      throw error;
    }
  });
  if (options.json) console.log(JSON.stringify(result.cases, null, 2));
  else console.log(renderCases(result));
}

function standing(item: CaseListItem): string {
  if (item.status === 'closed') return `已结 ${item.closedOn ?? ''}`.trim();
  if (item.deadline === null) return item.suspended ? '中止' : '无审限';
  const flags = `${item.suspended ? ' 中止' : ''}${item.extended ? ' 延长' : ''}${item.deadlineProvisional ? ' 暂定' : ''}`;
  if ((item.overdueDays ?? 0) > 0) return `超期${item.overdueDays}天${flags}`;
  return `剩${item.daysLeft}天${flags}`;
}

function renderCases(result: JudgeCases): string {
  const title = `${result.judge.name}(${result.judge.team ?? '无团队'})  截至${result.asOf}  共${result.cases.length}件`;
  // The table speaks Chinese (its heading and columns), so its empty state does too.
  if (result.cases.length === 0) return `${title}\n没有符合条件的案件。`;
  const table = renderTable<CaseListItem>(
    [
      { header: '案号', value: (item) => item.caseNumber },
      { header: '案由', value: (item) => item.cause },
      {
        header: '程序',
        value: (item) => (PROCEDURES.isKey(item.procedure) ? procedureNameZh(item.procedure) : item.procedure),
      },
      { header: '立案', value: (item) => item.filedOn },
      { header: '审限', value: (item) => item.deadline ?? '—' },
      { header: '状态', value: standing },
    ],
    result.cases,
  );
  return `${title}\n${table}`;
}
