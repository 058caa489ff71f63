import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Secrets that may reach a log line: tokens authenticate as the bot, and a response_url lets anyone
 * post into the user's conversation for 30 minutes, so both are censored wherever they appear.
 */
const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'response_url',
  'responseUrl',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.response_url',
  '*.responseUrl',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
];

const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/xox[abposr]-[A-Za-z0-9-]+/g, 'xox?-[redacted]'],
  [/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]'],
  [/https?:\/\/[^\s"']*\/(?:commands|actions|response)\/[^\s"']+/g, '[response_url redacted]'],
  [/(response_url["'=:\s]+)[^\s"'&]+/g, '$1[redacted]'],
];

/** Removes tokens and response URLs from free text (third-party log messages, error strings). */
export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

export interface LoggerOptions {
  level?: string;
  /** Where JSON lines go; stdout by default. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'docket' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
      serializers: { err: (error: unknown) => serializeError(error) },
    },
    options.destination,
  );
}

function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error);
  if (serialized && typeof serialized === 'object') {
    if (typeof serialized.message === 'string') serialized.message = scrubSecrets(serialized.message);
    if (typeof serialized.stack === 'string') serialized.stack = scrubSecrets(serialized.stack);
  }
  return serialized;
}
