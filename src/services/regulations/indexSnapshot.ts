import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  decodeSectionsSteps,
  decodeTextIndex,
  encodeTextIndex,
  SNAPSHOT_PREFIX_BYTES,
  snapshotHeaderLength,
  snapshotLayout,
  type SectionName,
} from '../../domain/regulations/indexSnapshot';
import type { TextIndex } from '../../domain/regulations/searchIndex';
import type { OpenStoreOptions } from '../../store';

/**
 * Where the rules index snapshot of a store lives. Embedded store: in its data directory, beside the database
 * it was built from (one process owns that directory). PostgreSQL: in a cache directory of this host (the data
 * directory's `cache/`), one file per database — several instances on one host share it, instances on other
 * hosts write their own. The file is only a cache — deleting it costs one rebuild, and the store stays the one
 * source of the texts — so it is kept out of the database, where every instance would pull tens of megabytes
 * through the driver at each start.
 */
export function indexSnapshotFile(store: OpenStoreOptions, cacheDir: string): string | undefined {
  if (store.memory) return undefined;
  if (!store.databaseUrl) return path.join(path.resolve(store.dataDir ?? '.docket'), 'rules-index.bin');
  const url = new URL(store.databaseUrl);
  const database = createHash('sha256').update(`${url.hostname}:${url.port}${url.pathname}`).digest('hex');
  return path.join(cacheDir, 'cache', `rules-index-${database.slice(0, 16)}.bin`);
}

/** The snapshot in `file` when it was built for `key`; undefined when absent, stale or unreadable. */
export function readIndexSnapshot(file: string, key: string): TextIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return decodeTextIndex(bytes, key);
  } catch {
    return undefined; // a damaged file is rebuilt and overwritten like a stale one
  }
}

/**
 * `readIndexSnapshot` for a server: the file read without blocking, each section straight into a buffer of its own
 * (reading the whole file and copying its sections out cost twice the CPU: 0.97 s against 0.39 s for the full
 * library), the decoding in steps with a pause after each (`inSteps`), so requests (/healthz, a citation answered
 * from the store) are answered meanwhile.
 */
export async function loadIndexSnapshot(file: string, key: string): Promise<TextIndex | undefined> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const headerLength = snapshotHeaderLength(await readAt(handle, 0, SNAPSHOT_PREFIX_BYTES));
    if (headerLength === undefined) return undefined;
    const layout = snapshotLayout(await readAt(handle, SNAPSHOT_PREFIX_BYTES, headerLength), key);
    if (!layout) return undefined;
    const sections = new Map<SectionName, Uint8Array>();
    for (const { name, offset, length } of layout.sections) sections.set(name, await readAt(handle, offset, length));
    return await inSteps(decodeSectionsSteps(layout, (name) => sections.get(name) as Uint8Array));
  } catch {
    return undefined; // as readIndexSnapshot
  } finally {
    await handle.close();
  }
}

/** `length` bytes of the file from `offset` in a buffer of their own; fewer when the file ends before. */
async function readAt(handle: fs.promises.FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(bytes, read, length - read, offset + read);
    if (bytesRead === 0) return bytes.subarray(0, read);
    read += bytesRead;
  }
  return bytes;
}

/** Runs a computation in steps (see domain/regulations/steps.ts), letting the event loop run after each. */
export async function inSteps<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Writes the snapshot beside `file` and renames it into place, so that a reader — another instance, or this one
 * restarted after a kill mid-write — sees the old file or the new one, never half of one.
 */
export async function writeIndexSnapshot(file: string, key: string, text: TextIndex): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await removeAbandoned(file);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(temporary, 'w');
  try {
    for (const chunk of encodeTextIndex(text, key)) await handle.write(chunk);
  } catch (error) {
    await handle.close();
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await fs.promises.rename(temporary, file);
}

function runs(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of writers killed mid-write (their pid no longer runs): as large as a snapshot, never renamed. */
async function removeAbandoned(file: string): Promise<void> {
  const base = path.basename(file);
  for (const name of await fs.promises.readdir(path.dirname(file))) {
    const pid = new RegExp(`^${base.replace(/\./g, '\\.')}\\.(\\d+)\\.tmp$`).exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !runs(Number(pid)))
      await fs.promises.rm(path.join(path.dirname(file), name), { force: true });
  }
}
