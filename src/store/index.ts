import { readEnv, resolveDataDir, type Env } from '../config/env';
import { openStore, type OpenStoreOptions, type Store } from './client';

export { openStore, type Store, type OpenStoreOptions } from './client';
export type { StoreReader } from './read';
export { StoreUnavailableError } from './errors';
export { MigrationError } from './migrations';

/** Store options from the environment: DATABASE_URL selects PostgreSQL, else PGlite in DOCKET_DATA_DIR. */
export function storeOptionsFromEnv(env: Env = readEnv()): OpenStoreOptions {
  return env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: resolveDataDir(env) };
}

/** Opens the configured store, runs `fn`, and always closes it (releasing the data-directory lock). */
export async function withStore<T>(
  fn: (store: Store) => Promise<T>,
  options: OpenStoreOptions = storeOptionsFromEnv(),
): Promise<T> {
  const store = await openStore(options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
