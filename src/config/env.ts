import path from 'node:path';
import { z } from 'zod';

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.pathname.length > 1;
    } catch {
      return false;
    }
  });

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  })
  // The WebClient joins method names onto this base, so it must end with a slash.
  .transform((value) => (value.endsWith('/') ? value : `${value}/`));

/** Every environment variable Docket reads. The README's configuration table mirrors this schema. */
const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DOCKET_DATA_DIR: z.string().trim().min(1).default('.docket'),
  DOCKET_COURT: z.string().trim().min(1).optional(),
  LOG_LEVEL: logLevel.default('info'),
  /** Bot User OAuth Token (xoxb-…), from the app's OAuth & Permissions page. */
  SLACK_BOT_TOKEN: z.string().trim().startsWith('xoxb-').optional(),
  /** Signing Secret, from the app's Basic Information page; needed in HTTP mode. */
  SLACK_SIGNING_SECRET: z.string().trim().min(1).optional(),
  /** App-Level Token (xapp-…) with connections:write; when set, Docket connects over Socket Mode. */
  SLACK_APP_TOKEN: z.string().trim().startsWith('xapp-').optional(),
  /** Base URL of Slack's Web API: a proxy, or a local fake in tests and the console. */
  SLACK_API_URL: httpUrl.default('https://slack.com/api/'),
  /**
   * `off`: `docket serve` answers Slack but sends no digests, e.g. an extra web-only instance on PostgreSQL
   * (any instance with the scheduler on sends them all, once). On the embedded store, off means no digests.
   */
  DOCKET_SCHEDULER: z.enum(['on', 'off']).default('on'),
  /** HTTP port: Slack requests (HTTP mode), /healthz and /metrics (both modes). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
});

export type Env = z.infer<typeof envSchema>;

/**
 * What each variable must be, finishing the sentence "<VARIABLE> must be …". Secrets are never echoed
 * back (a mistyped token is still a token), other values are, so the operator sees what was read.
 */
const EXPECTED: Record<keyof Env, { must: string; secret?: boolean }> = {
  DATABASE_URL: { must: 'a PostgreSQL URL such as postgres://user@host:5432/docket' },
  DOCKET_DATA_DIR: { must: 'a directory path' },
  DOCKET_COURT: { must: 'a court code such as 内0291' },
  LOG_LEVEL: { must: `one of ${logLevel.options.join(', ')}` },
  SLACK_BOT_TOKEN: { must: 'the bot token (xoxb-…) from the app’s OAuth & Permissions page', secret: true },
  SLACK_SIGNING_SECRET: { must: 'the Signing Secret from the app’s Basic Information page', secret: true },
  SLACK_APP_TOKEN: { must: 'an app-level token (xapp-…) from the app’s Basic Information page', secret: true },
  SLACK_API_URL: { must: 'an http(s) URL such as https://slack.com/api/' },
  DOCKET_SCHEDULER: { must: 'on or off' },
  PORT: { must: 'a whole number from 0 to 65535' },
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; an invalid value is one sentence naming the variable and what it must be. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const variable = String(parsed.error.issues[0]?.path[0]) as keyof Env;
    const expected = EXPECTED[variable];
    const value = cleaned[variable] ?? '';
    throw new ConfigError(
      `${variable} must be ${expected.must}${expected.secret ? '' : `, not “${value}”`}: fix it in the environment and start again.`,
    );
  }
  return parsed.data;
}

export function resolveDataDir(env: Pick<Env, 'DOCKET_DATA_DIR'>): string {
  return path.resolve(env.DOCKET_DATA_DIR);
}
