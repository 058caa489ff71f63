import type { Command } from 'commander';
import { z } from 'zod';
import { ConfigError, readEnv } from '../../config/env';
import { dayIn } from '../../services/clock';
import { seedDemo } from '../../services/demo/seedDemo';
import { seedDemoRules } from '../../services/demo/seedRules';
import { runConsole } from '../../slack/console/repl';
import { ConsoleSession } from '../../slack/console/session';
import { serve, SlackSetupError } from '../../slack/serve';
import { MigrationError, StoreUnavailableError, type Store } from '../../store';
import { CliError, ExitCode } from '../errors';
import { withCliStore } from '../store';

/** Turns setup problems (variables, tokens, store) into one readable message and exit code 3. */
function setupFailure(error: unknown): never {
  if (error instanceof SlackSetupError || error instanceof ConfigError || error instanceof StoreUnavailableError || error instanceof MigrationError) {
    throw new CliError(error.message, ExitCode.environment);
  }
  throw error;
}

/** serve, console and demo: the Slack app for real, and the same app in a terminal. */
export function registerSlackCommands(program: Command): void {
  registerConsoleCommands(program);
  program
    .command('serve')
    .description('run the Slack app: HTTP on PORT (Slack at /slack/events), or Socket Mode when SLACK_APP_TOKEN is set; /healthz and /metrics on PORT')
    .action(async () => {
      const running = await serve(readEnv()).catch(setupFailure);
      await new Promise<void>((resolve) => {
        let signals = 0;
        const onSignal = (signal: NodeJS.Signals): void => {
          signals += 1;
          if (signals > 1) {
            running.logger.warn({ signal }, 'second signal: exiting now');
            process.exit(1);
          }
          running.logger.info({ signal }, 'signal received');
          void running.stop().then(resolve);
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
    });
}

const asOption = z.object({ as: z.string().trim().min(1, '--as needs an e-mail address or a Slack user id').optional() });

async function consoleAs(store: Store, as: string): Promise<void> {
  const session = await ConsoleSession.start({ store, as, color: process.stdout.isTTY === true });
  try {
    await runConsole(session, { input: process.stdin, output: process.stdout });
  } finally {
    await session.stop();
  }
}

/** The demo's default persona: the judge with the most open cases (the fullest /mycases). */
async function busiestJudge(store: Store): Promise<string> {
  const [top] = await store.prisma.case.groupBy({ by: ['judgeId'], where: { status: 'open', judge: { role: 'judge', slackUserId: { not: null } } }, _count: { _all: true }, orderBy: { _count: { id: 'desc' } }, take: 1 });
  const judge = top?.judgeId ? await store.prisma.person.findUnique({ where: { id: top.judgeId }, select: { slackUserId: true } }) : null;
  if (!judge?.slackUserId) throw new CliError('the store has no judge with a Slack id to play; pass --as <e-mail or Slack id>', ExitCode.dataProblems);
  return judge.slackUserId;
}

function registerConsoleCommands(program: Command): void {
  program
    .command('console')
    .description('a terminal that plays Slack: type slash commands, press buttons by number; runs the real app against a local fake Slack')
    .requiredOption('--as <who>', 'the person to be: an e-mail address or a Slack user id from the staff list')
    .action(async (raw: unknown) => {
      const options = asOption.parse(raw);
      await withCliStore((store) => consoleAs(store, options.as as string));
    });

  program
    .command('demo')
    .description('the demo court in a terminal: seeds the embedded store if it is empty, then opens the console')
    .option('--as <who>', 'the person to be (default: the judge with the most open cases)')
    .action(async (raw: unknown) => {
      const options = asOption.parse(raw);
      await withCliStore(async (store) => {
        if ((await store.prisma.court.count()) === 0) {
          console.log(`Seeding the demo court 内0291 into ${store.location} (once; about a minute)…`);
          const report = await seedDemo(store, { scale: 'court', seed: 1, asOf: dayIn(new Date()), reset: false });
          console.log(`Seeded ${report.people} people and ${report.cases} cases (${report.openCases} open).`);
        }
        if ((await store.prisma.regulationDocument.count()) === 0) {
          console.log('Importing the laws and the demo court’s rules for /rule (once)…');
          const rules = await seedDemoRules(store);
          console.log(`Imported ${rules.imported} documents.`);
        }
        const leads = await store.prisma.person.findMany({ where: { role: { in: ['team_lead', 'admin'] }, slackUserId: { not: null } }, select: { name: true, role: true, slackUserId: true }, take: 2 });
        if (leads.length > 0) console.log(`Also try: npm run demo -- --as ${leads.map((lead) => `${lead.slackUserId} (${lead.name}, ${lead.role})`).join(' or --as ')}`);
        await consoleAs(store, options.as ?? (await busiestJudge(store)));
      });
    });
}
