import type { Command } from 'commander';
import { ConfigError, readEnv } from '../../config/env';
import { serve, SlackSetupError } from '../../slack/serve';
import { MigrationError, StoreUnavailableError } from '../../store';
import { CliError, ExitCode } from '../errors';

/** Turns setup problems (variables, tokens, store) into one readable message and exit code 3. */
function setupFailure(error: unknown): never {
  if (error instanceof SlackSetupError || error instanceof ConfigError || error instanceof StoreUnavailableError || error instanceof MigrationError) {
    throw new CliError(error.message, ExitCode.environment);
  }
  throw error;
}

export function registerSlackCommands(program: Command): void {
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
