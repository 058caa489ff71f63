import { LogLevel, type Logger as BoltLogger } from '@slack/logger';
import { scrubSecrets, type Logger } from '../observability/logger';

const LEVELS: Record<LogLevel, string> = {
  [LogLevel.ERROR]: 'error',
  [LogLevel.WARN]: 'warn',
  [LogLevel.INFO]: 'info',
  [LogLevel.DEBUG]: 'debug',
};

function line(messages: unknown[]): string {
  return scrubSecrets(
    messages
      .map((message) =>
        message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message),
      )
      .join(' '),
  );
}

/**
 * Bolt, the Socket Mode client and the WebClient log through this adapter, so their lines are JSON
 * like Docket's own, scrubbed of tokens and response URLs (Bolt's debug output includes payloads).
 */
export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  return {
    debug: (...messages) => child.debug(line(messages)),
    info: (...messages) => child.info(line(messages)),
    warn: (...messages) => child.warn(line(messages)),
    error: (...messages) => child.error(line(messages)),
    setLevel: () => undefined,
    getLevel: () =>
      (Object.entries(LEVELS).find(([, name]) => name === child.level)?.[0] as LogLevel | undefined) ?? LogLevel.INFO,
    setName: (name) => {
      child = logger.child({ component: name });
    },
  };
}
