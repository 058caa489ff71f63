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
  }, 'must look like postgres://user@host:5432/database');

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Every environment variable Docket reads. The README's configuration table mirrors this schema. */
export const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DOCKET_DATA_DIR: z.string().trim().min(1).default('.docket'),
  DOCKET_COURT: z.string().trim().min(1).optional(),
  LOG_LEVEL: logLevel.default('info'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; an invalid value is one sentence naming the variable and the fix. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${variable}: ${issue?.message ?? 'invalid value'}`);
  }
  return parsed.data;
}

export function resolveDataDir(env: Pick<Env, 'DOCKET_DATA_DIR'>): string {
  return path.resolve(env.DOCKET_DATA_DIR);
}
