import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreUnavailableError } from './errors';

const OWNER_FILE = 'docket.lock.owner';

/**
 * PGlite does not lock its directory, and two processes on one directory silently lose rows
 * (STACK.md). proper-lockfile gives an atomic, crash-tolerant lock: a lock whose owner died goes
 * stale and is taken over instead of blocking the directory forever.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  ensureWritable(dataDir);
  const lockPath = path.join(dataDir, 'docket.lock');
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      stale: 60_000,
      update: 15_000,
      onCompromised: (error) => {
        // Another process took the directory over: writing on would corrupt the data.
        console.error(`docket: lost the lock on ${dataDir} (${error.message}); stopping to protect the data.`);
        process.exit(3);
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      const owner = readOwner(dataDir);
      throw new StoreUnavailableError(
        `the data directory ${dataDir} is in use by another Docket process${owner}: stop that process, or set DOCKET_DATA_DIR to another directory (or DATABASE_URL to share PostgreSQL between instances).`,
        error,
      );
    }
    throw error;
  }
  fs.writeFileSync(
    path.join(dataDir, OWNER_FILE),
    JSON.stringify({ pid: process.pid, since: new Date().toISOString() }),
  );
  return release;
}

function readOwner(dataDir: string): string {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as { pid?: number };
    return owner.pid ? ` (pid ${owner.pid})` : '';
  } catch {
    return '';
  }
}

function ensureWritable(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new StoreUnavailableError(
      `cannot write to the data directory ${dataDir} (${code}): choose a writable directory with DOCKET_DATA_DIR.`,
      error,
    );
  }
}
