import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import {
  decodeSectionsSteps,
  decodeTextIndex,
  encodeTextIndex,
  SnapshotAssembler,
  SNAPSHOT_PREFIX_BYTES,
  snapshotHeaderLength,
  snapshotLayout,
  type SectionName,
  type SnapshotLayout,
} from '../../domain/regulations/indexSnapshot';
import type { TextIndex } from '../../domain/regulations/searchIndex';
import type { OpenStoreOptions, Store } from '../../store';
import {
  claimIndexSnapshotWrite,
  discardIndexSnapshot,
  findIndexSnapshotStamp,
  hasIndexSnapshot,
  publishIndexSnapshot,
  releaseIndexSnapshotWrite,
  streamIndexSnapshot,
} from '../../store/repositories/rulesIndexSnapshots';

/**
 * Where the rules index snapshot of a store lives. Embedded store: in its data directory, beside the database
 * it was built from (one process owns that directory). PostgreSQL: in a cache directory of this host (the data
 * directory's `cache/`), one file per database — several instances on one host share it, instances on other
 * hosts write their own. The file is only a cache — deleting it costs one rebuild, and the store stays the one
 * source of the texts. On PostgreSQL the store keeps a copy too (`indexSnapshotCopy`), for the hosts whose cache
 * lacks the file.
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
    const layout = await readLayout(handle, key);
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

/** Where the sections of the snapshot open in `handle` lie, when it was written for `key`; undefined otherwise. */
async function readLayout(handle: fs.promises.FileHandle, key: string): Promise<SnapshotLayout | undefined> {
  const headerLength = snapshotHeaderLength(await readAt(handle, 0, SNAPSHOT_PREFIX_BYTES));
  if (headerLength === undefined) return undefined;
  return snapshotLayout(await readAt(handle, SNAPSHOT_PREFIX_BYTES, headerLength), key);
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
  await writeIndexSnapshotChunks(file, encodeTextIndex(text, key));
}

/** Writes `file` through `write` into a temporary file beside it, then renames that into place. */
async function replaceFile(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await removeAbandoned(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await write(temporary);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  await fs.promises.rename(temporary, file);
}

/**
 * Where a store keeps its copy of the rules index snapshot: PostgreSQL, whose instances may run on hosts without the
 * snapshot file (a new host, a container whose disk goes with every restart, a database restored elsewhere) and
 * would otherwise build the index, for seconds, before their first free-text /rule. None on the embedded store,
 * whose file lies beside its database.
 */
export type IndexSnapshotCopy = Pick<Store, 'read' | 'withSql' | 'streamBytes'>;

export function indexSnapshotCopy(store: Store): IndexSnapshotCopy | undefined {
  return store.kind === 'postgres' ? store : undefined;
}

/**
 * The store's copy of the snapshot for `key`, loaded, with its bytes in order (for the caller to write to its file);
 * undefined when the store holds none for `key`. A copy that cannot be read (damaged) is deleted, so that the build
 * that follows stores a good one. Gzipped in the store: a third of the bytes (30 MB for the full library, 87.5 MB
 * unpacked). Read in pieces (`streamIndexSnapshot`) and unpacked on the thread pool as they arrive, each section
 * straight into a buffer of its own (`SnapshotAssembler`), then decoded in steps. Fetched whole as base64, unpacked,
 * then its sections copied out, fetching and unpacking took 2.8–4.6 s (1.3–1.7 s of CPU) at load average 5.7, against
 * 0.4–0.9 s (0.3–0.7 s).
 */
export async function fetchIndexSnapshot(
  copy: IndexSnapshotCopy,
  key: string,
): Promise<{ text: TextIndex; chunks: Uint8Array[] } | undefined> {
  const stamp = await findIndexSnapshotStamp(copy, key);
  if (stamp === undefined) return undefined;
  const assembler = new SnapshotAssembler(key);
  // In 4 MB pieces: the default 16 kB took 0.45–0.53 s of CPU for the full library, against 0.28–0.35 s.
  const gunzip = zlib.createGunzip({ chunkSize: 4 << 20 });
  const unpacked = (async () => {
    for await (const chunk of gunzip) assembler.push(chunk as Buffer);
  })();
  unpacked.catch(() => undefined); // awaited below, once every piece was given: not an unhandled rejection meanwhile
  try {
    await streamIndexSnapshot(copy, key, (bytes) => {
      if (!gunzip.destroyed) gunzip.write(bytes);
    });
    gunzip.end();
  } catch (error) {
    gunzip.destroy(); // the store failed: reported to the caller, which builds
    throw error;
  }
  let snapshot: ReturnType<SnapshotAssembler['finish']>;
  let text: TextIndex | undefined;
  try {
    await unpacked;
    snapshot = assembler.finish();
    text = snapshot && (await inSteps(decodeSectionsSteps(snapshot.layout, snapshot.section)));
  } catch {
    text = undefined; // not gzip, or cut short (gzip checks its CRC and length)
  }
  if (!text || !snapshot) {
    await copy.withSql((session) => discardIndexSnapshot(session, key, stamp));
    return undefined;
  }
  return { text, chunks: snapshot.chunks };
}

/** Writes a snapshot's bytes, given in order, to `file` as `writeIndexSnapshot` writes it. */
export async function writeIndexSnapshotChunks(file: string, chunks: readonly Uint8Array[]): Promise<void> {
  await replaceFile(file, async (temporary) => {
    const handle = await fs.promises.open(temporary, 'w');
    try {
      for (const chunk of chunks) await handle.write(chunk);
    } finally {
      await handle.close();
    }
  });
}

const gzip = promisify(zlib.gzip);

/**
 * Stores the snapshot in `file` (written for `key`) as the store's copy, when the store holds none for `key` yet
 * and `key` still names the stored texts; replaces a copy of other texts. True when this call stored it. Instances
 * that do this at once neither fail nor store two copies (`publishIndexSnapshot`), and only one of them packs it
 * (`claimIndexSnapshotWrite`): after an import every instance builds the new texts at about the same time, and
 * gzip takes 2.4–2.6 s of CPU for the full library (level 1: 1.0 s, but 12% more bytes for every host to fetch).
 */
export async function storeIndexSnapshot(copy: IndexSnapshotCopy, file: string, key: string): Promise<boolean> {
  if (await hasIndexSnapshot(copy, key)) return false;
  return copy.withSql(async (session) => {
    if (!(await claimIndexSnapshotWrite(session, key))) return false;
    try {
      const bytes = await gzippedSnapshot(file, key);
      return bytes !== undefined && (await publishIndexSnapshot(session, key, bytes));
    } finally {
      await releaseIndexSnapshotWrite(session, key);
    }
  });
}

/** The snapshot in `file`, gzipped, when it was written for `key`; undefined otherwise. */
async function gzippedSnapshot(file: string, key: string): Promise<Uint8Array | undefined> {
  // Read through one handle: another instance of this host may rename a snapshot of newer texts into place meanwhile.
  const handle = await fs.promises.open(file, 'r');
  let bytes: Uint8Array;
  try {
    if (!(await readLayout(handle, key))) return undefined;
    bytes = await readAt(handle, 0, (await handle.stat()).size);
  } finally {
    await handle.close();
  }
  // In one call on the thread pool, in 4 MB pieces: streamed in 16 kB ones, it took 3.4–3.8 s of CPU.
  return gzip(bytes, { chunkSize: 4 << 20 });
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
