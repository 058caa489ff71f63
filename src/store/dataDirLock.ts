import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreUnavailableError } from './errors';

/** proper-lockfile's lock: a directory, created atomically, its mtime refreshed while held. */
const LOCK_DIR = 'docket.lock';
/** Who holds the lock, written inside the lock directory, so it goes and comes with that very lock. */
const OWNER_FILE = 'owner.json';
/** Serialises takeovers, so two processes finding the same dead owner cannot both take its place. */
const TAKEOVER_MUTEX = 'docket.lock.takeover';
/** A lock not refreshed for this long is stale whoever holds it (its owner on another host, or unknown). */
const STALE_MS = 60_000;
const UPDATE_MS = 15_000;

interface Owner {
  pid: number;
  hostname: string;
  /** The kernel's boot id: a lock written before a reboot names no running process. */
  bootId: string | null;
  /** The owner's start time in clock ticks since boot (/proc/<pid>/stat): tells a reused pid apart. */
  startTicks: number | null;
  since: string;
  /** Tells this lock apart from any later one by the same pid. */
  nonce: string;
}

/** The owner file lives inside the lock directory: removing a stale lock removes it too. */
const LOCK_FS = {
  ...fs,
  rmdir: (dir: string, done: (error: NodeJS.ErrnoException | null) => void) =>
    fs.rm(dir, { recursive: true, force: true }, done),
};

export interface DataDirLockOptions {
  /** Told when the lock of a dead process is taken over (serve logs it; the CLI prints it on stderr). */
  log?: (message: string) => void;
}

/**
 * PGlite does not lock its directory, and two processes on one directory silently lose rows
 * (STACK.md). proper-lockfile gives an atomic lock refreshed while held. A process killed with
 * SIGKILL (an OOM kill, a power cut in a container) cannot release it; a supervisor restarting
 * Docket at once would be refused until the lock went stale a minute later. So the lock records
 * its owner (pid, host, boot, process start time): when that process no longer runs on this host,
 * the lock is taken over at once and the takeover logged; while it runs, a second owner is refused.
 * An owner on another host (a shared volume) or one that cannot be told is waited out as before.
 */
export async function lockDataDir(dataDir: string, options: DataDirLockOptions = {}): Promise<() => Promise<void>> {
  ensureWritable(dataDir);
  const lockPath = path.join(dataDir, LOCK_DIR);
  const release = (await tryLock(dataDir, lockPath)) ?? (await takeOverFromDeadOwner(dataDir, lockPath, options));
  try {
    writeOwner(lockPath);
    // Where earlier versions kept the owner's pid, beside the lock.
    fs.rmSync(path.join(dataDir, 'docket.lock.owner'), { force: true });
  } catch (error) {
    await release();
    throw error;
  }
  return release;
}

/** The lock, or null when another process holds it. */
async function tryLock(dataDir: string, lockPath: string): Promise<(() => Promise<void>) | null> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      stale: STALE_MS,
      update: UPDATE_MS,
      fs: LOCK_FS,
      onCompromised: (error) => {
        // Another process took the directory over: writing on would corrupt the data.
        console.error(`docket: lost the lock on ${dataDir} (${error.message}); stopping to protect the data.`);
        process.exit(3);
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') return null;
    throw error;
  }
}

async function takeOverFromDeadOwner(
  dataDir: string,
  lockPath: string,
  options: DataDirLockOptions,
): Promise<() => Promise<void>> {
  const owner = readOwner(lockPath);
  if (!owner || ownerState(owner) !== 'dead') throw inUse(dataDir, owner);
  const releaseMutex = await lockfile
    .lock(path.join(dataDir, TAKEOVER_MUTEX), {
      realpath: false,
      stale: 10_000,
      retries: { retries: 40, minTimeout: 50, maxTimeout: 250 },
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === 'ELOCKED') throw inUse(dataDir, owner);
      throw error;
    });
  try {
    // Under the mutex: the lock must still be the dead owner's (another process may have taken it over).
    if (readOwner(lockPath)?.nonce !== owner.nonce)
      return (await tryLock(dataDir, lockPath)) ?? inUseNow(dataDir, lockPath);
    const grave = `${lockPath}.dead-${owner.nonce}`;
    fs.renameSync(lockPath, grave);
    if (readOwner(grave)?.nonce !== owner.nonce) {
      // A lock taken meanwhile by proper-lockfile's own stale path: give it back untouched.
      fs.renameSync(grave, lockPath);
      return inUseNow(dataDir, lockPath);
    }
    fs.rmSync(grave, { recursive: true, force: true });
    const release = (await tryLock(dataDir, lockPath)) ?? inUseNow(dataDir, lockPath);
    (options.log ?? defaultLog)(
      `took over the lock on the data directory ${dataDir} from process ${owner.pid}, which held it since ${owner.since} and no longer runs on this host`,
    );
    return release;
  } finally {
    await releaseMutex();
  }
}

function defaultLog(message: string): void {
  console.error(`docket: ${message}`);
}

function inUseNow(dataDir: string, lockPath: string): never {
  throw inUse(dataDir, readOwner(lockPath));
}

function inUse(dataDir: string, owner: Owner | null): StoreUnavailableError {
  const who = owner ? ` (pid ${owner.pid}${owner.hostname === os.hostname() ? '' : ` on ${owner.hostname}`})` : '';
  return new StoreUnavailableError(
    `the data directory ${dataDir} is in use by another Docket process${who}: stop that process, or set DOCKET_DATA_DIR to another directory (or DATABASE_URL to share PostgreSQL between instances).`,
  );
}

/**
 * dead: the owner ran on this host and runs no more (no such pid, a zombie, a pid reused by a
 * process started later, or a reboot since); alive: it still runs; unknown: another host.
 */
function ownerState(owner: Owner): 'alive' | 'dead' | 'unknown' {
  if (owner.hostname !== os.hostname()) return 'unknown';
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return 'dead';
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: a process of another user has that pid, so it runs.
    if ((error as { code?: string }).code === 'ESRCH') return 'dead';
  }
  const now = processStat(owner.pid);
  if (now && (now.state === 'Z' || (owner.startTicks !== null && now.startTicks !== owner.startTicks))) return 'dead';
  return 'alive';
}

function writeOwner(lockPath: string): void {
  const owner: Owner = {
    pid: process.pid,
    hostname: os.hostname(),
    bootId: bootId(),
    startTicks: processStat(process.pid)?.startTicks ?? null,
    since: new Date().toISOString(),
    nonce: randomUUID(),
  };
  // proper-lockfile tells its lock is still its own by the directory's mtime, which a new file in it moves.
  const { mtime } = fs.statSync(lockPath);
  fs.writeFileSync(path.join(lockPath, OWNER_FILE), JSON.stringify(owner));
  fs.utimesSync(lockPath, mtime, mtime);
}

function readOwner(lockPath: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(lockPath, OWNER_FILE), 'utf8')) as Partial<Owner>;
    if (typeof owner.pid !== 'number' || typeof owner.hostname !== 'string' || typeof owner.nonce !== 'string')
      return null;
    return {
      pid: owner.pid,
      hostname: owner.hostname,
      bootId: owner.bootId ?? null,
      startTicks: owner.startTicks ?? null,
      since: owner.since ?? '?',
      nonce: owner.nonce,
    };
  } catch {
    // Not written yet (the lock was taken a moment ago) or not ours: its owner cannot be told.
    return null;
  }
}

/** Linux only; elsewhere the pid alone decides. */
function bootId(): string | null {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** A process's state and start time from /proc/<pid>/stat (fields 3 and 22, after the parenthesised name). */
function processStat(pid: number): { state: string; startTicks: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '?', startTicks: Number(fields[19]) };
  } catch {
    return null;
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
