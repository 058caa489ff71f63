import { readEnv } from '../config/env';
import {
  MigrationError,
  StoreUnavailableError,
  storeOptionsFromEnv,
  withStore,
  type OpenStoreOptions,
  type Store,
} from '../store';
import { CliError, ExitCode } from './errors';

/**
 * Opens the configured store for one CLI command. Environment problems (unreachable PostgreSQL, locked or unwritable
 * data directory, failed migration) become one sentence and exit code 3 instead of a stack trace.
 */
export async function withCliStore<T>(
  fn: (store: Store) => Promise<T>,
  options?: Partial<OpenStoreOptions>,
): Promise<T> {
  // A bad variable (ConfigError) is turned into one sentence and exit 3 by runCli, like every command's.
  const storeOptions: OpenStoreOptions = { ...storeOptionsFromEnv(readEnv()), ...options };
  try {
    return await withStore(fn, storeOptions);
  } catch (error) {
    if (error instanceof StoreUnavailableError || error instanceof MigrationError) {
      throw new CliError(error.message, ExitCode.environment);
    }
    throw error;
  }
}
