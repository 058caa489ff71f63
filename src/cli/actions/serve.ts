import { readEnv } from '../../config/env';
import { serve, SlackSetupError } from '../../slack/serve';
import { MigrationError, StoreUnavailableError } from '../../store';
import { CliError, ExitCode } from '../errors';

/** Turns setup problems (tokens, store) into one readable message and exit code 3; runCli does the same for variables. */
function setupFailure(error: unknown): never {
  if (error instanceof SlackSetupError || error instanceof StoreUnavailableError || error instanceof MigrationError) {
    throw new CliError(error.message, ExitCode.environment);
  }
  throw error;
}

/** `docket serve`: runs the Slack app until SIGTERM or SIGINT. */
export async function serveAction(): Promise<void> {
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
}
