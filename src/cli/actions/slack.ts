import path from 'node:path';
import { z } from 'zod';
import { readEnv, resolveDataDir } from '../../config/env';
import { indexSnapshotFile } from '../../services/regulations/indexSnapshot';
import { dayIn } from '../../services/clock';
import { seedDemo } from '../../devtools/demo/seedDemo';
import { seedDemoRegulations } from '../../devtools/demo/seedRegulations';
import { runConsole } from '../../devtools/console/repl';
import { ConsoleSession } from '../../devtools/console/session';
import { startStandaloneFake } from '../../devtools/localSlack/standaloneFake';
import { storeOptionsFromEnv, type Store } from '../../store';
import { CliError, ExitCode } from '../errors';
import { parseOptions } from '../options';
import { withCliStore } from '../store';

const asOption = z.object({
  as: z.string().trim().min(1, '--as needs an e-mail address or a Slack user id').optional(),
});

async function consoleAs(store: Store, as: string): Promise<void> {
  const env = readEnv();
  const regulationIndexSnapshot = indexSnapshotFile(storeOptionsFromEnv(env), resolveDataDir(env));
  const session = await ConsoleSession.start({
    store,
    as,
    color: process.stdout.isTTY === true,
    ...(regulationIndexSnapshot ? { regulationIndexSnapshot } : {}),
  });
  try {
    await runConsole(session, { input: process.stdin, output: process.stdout });
  } finally {
    await session.stop();
  }
}

/** The demo's default persona: the judge with the most open cases (the fullest /mycases). */
async function busiestJudge(store: Store): Promise<string> {
  const [top] = await store.prisma.case.groupBy({
    by: ['judgeId'],
    where: { status: 'open', judge: { role: 'judge', slackUserId: { not: null } } },
    _count: { _all: true },
    orderBy: { _count: { id: 'desc' } },
    take: 1,
  });
  const judge = top?.judgeId
    ? await store.prisma.person.findUnique({ where: { id: top.judgeId }, select: { slackUserId: true } })
    : null;
  if (!judge?.slackUserId)
    throw new CliError(
      'the store has no judge with a Slack id to play; pass --as <e-mail or Slack id>',
      ExitCode.dataProblems,
    );
  return judge.slackUserId;
}

/** `docket console --as <who>`. */
export async function consoleAction(raw: unknown): Promise<void> {
  const options = asOption.parse(raw);
  await withCliStore((store) => consoleAs(store, options.as as string));
}

/** `docket demo`: seeds the embedded store if it is empty, then opens the console. */
export async function demoAction(raw: unknown): Promise<void> {
  const options = asOption.parse(raw);
  await withCliStore(async (store) => {
    if ((await store.prisma.court.count()) === 0) {
      console.log(`Seeding the demo court 内0291 into ${store.location} (once; about a minute)…`);
      const report = await seedDemo(store, { scale: 'court', seed: 1, asOf: dayIn(new Date()), reset: false });
      console.log(`Seeded ${report.people} people and ${report.cases} cases (${report.openCases} open).`);
    }
    if ((await store.prisma.regulationDocument.count()) === 0) {
      console.log('Importing the laws and the demo court’s rules for /rule (once)…');
      const rules = await seedDemoRegulations(store);
      console.log(`Imported ${rules.imported} documents.`);
    }
    const leads = await store.prisma.person.findMany({
      where: { role: { in: ['team_lead', 'admin'] }, slackUserId: { not: null } },
      select: { name: true, role: true, slackUserId: true },
      take: 2,
    });
    if (leads.length > 0)
      console.log(
        `Also try: npm run demo -- --as ${leads.map((lead) => `${lead.slackUserId} (${lead.name}, ${lead.role})`).join(' or --as ')}`,
      );
    await consoleAs(store, options.as ?? (await busiestJudge(store)));
  });
}

const fakeSlackOptions = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535),
  files: z.string().trim().min(1),
});

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** `docket fake-slack`: Slack's Web API played locally until Ctrl-C, with the variables to point Docket at it. */
export async function fakeSlackAction(raw: unknown): Promise<void> {
  const options = parseOptions(fakeSlackOptions, raw);
  const fake = await startStandaloneFake({
    port: options.port,
    filesDir: path.resolve(options.files),
    report: (line) => console.log(line),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new CliError(`port ${options.port} is in use: choose another with --port`);
    throw error;
  });
  const variables = Object.entries({ ...fake.env, SLACK_SIGNING_SECRET: 'local' })
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  console.log(
    [
      `A fake Slack Web API listens at ${fake.env.SLACK_API_URL}; files Docket uploads go to ${path.resolve(options.files)}.`,
      'In another terminal (docs/slack.md, "Without a workspace"):',
      `  ${variables} npm start`,
      `  ${variables} npx docket digest weekly`,
      'Each call Docket makes is listed below. Ctrl-C stops.',
    ].join('\n'),
  );
  await untilSignalled();
  await fake.stop();
}
