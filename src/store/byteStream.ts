import type { PGlite } from '@electric-sql/pglite';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Prisma } from '../generated/prisma/client';
import { BinaryCopyFields } from './binaryCopy';
import { StoreUnavailableError } from './errors';

/**
 * Large binary values read as they arrive: the store's copy of the rules index snapshot (30 MB gzipped), read in
 * pieces by `substring`, is unpacked while it comes instead of after.
 */
export interface ByteStreamReader {
  /**
   * The values of the one bytea column of `query`'s rows, in row order, given to `onBytes` as they arrive (a value
   * possibly in several parts, each a buffer of its own that the caller may keep).
   */
  streamBytes(query: Prisma.Sql, onBytes: (bytes: Uint8Array) => void): Promise<void>;
}

/**
 * A `COPY … TO STDOUT` run on a node-postgres client as its own kind of query (node-postgres hands a submitted
 * object every message of its statement): the CopyData messages' bytes to `onData`.
 */
class CopyOut extends EventEmitter implements pg.Submittable {
  private failed = false;

  constructor(
    private readonly text: string,
    private readonly onData: (chunk: Buffer) => void,
    /** Called with the first failure at once (the caller then discards the connection), else when the statement ends. */
    private readonly done: (error?: Error) => void,
  ) {
    super();
  }

  submit(connection: pg.Connection): void {
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    if (this.failed) return;
    try {
      this.onData(message.chunk);
    } catch (error) {
      this.handleError(error as Error);
    }
  }

  handleError(error: Error): void {
    this.failed = true;
    this.done(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.done();
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

/** `query` with its parameters written into it as literals: COPY takes none. Strings and numbers only. */
function withLiterals(query: Prisma.Sql): string {
  return query.text.replace(/\$(\d+)/g, (_, n: string) => {
    const value: unknown = query.values[Number(n) - 1];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string') return pg.escapeLiteral(value);
    throw new Error(`parameter $${n} is neither a string nor a number`);
  });
}

/**
 * On PostgreSQL: as `COPY (query) TO STDOUT` in binary, so that bytea comes as its bytes. node-postgres reads the
 * values of a query as text — bytea as hex, or as base64 through `encode`, which PostgreSQL must first write and
 * Node then turn into a string and decode — and gathers a row whole before giving it: for the 30 MB snapshot copy,
 * 1.9–2.6 s wall and 0.5–0.8 s of CPU at load average 5.7, against 0.2–0.6 s and 0.1–0.4 s streamed.
 */
export function postgresByteStream(pool: pg.Pool): ByteStreamReader {
  return {
    streamBytes: async (query, onBytes) => {
      if (pool.ended) throw new StoreUnavailableError('the store is closed');
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        const fields = new BinaryCopyFields(onBytes);
        await new Promise<void>((resolve, reject) => {
          const copy = new CopyOut(
            `COPY (${withLiterals(query)}) TO STDOUT (FORMAT binary)`,
            (chunk) => fields.push(chunk),
            (error) => (error ? reject(error) : resolve()),
          );
          client.query(copy);
        });
        if (!fields.complete) throw new Error('the COPY output ended early');
      } catch (error) {
        broken = error as Error;
        throw error;
      } finally {
        // A connection whose COPY failed part-way is not given back for reuse.
        client.release(broken);
      }
    },
  };
}

/** On PGlite, which returns bytea as bytes: the rows of `query`, each value given whole. */
export function pgliteByteStream(db: PGlite): ByteStreamReader {
  return {
    streamBytes: async (query, onBytes) => {
      const { rows, fields } = await db.query<Record<string, Uint8Array>>(query.text, query.values);
      const [field] = fields;
      if (fields.length !== 1 || !field) throw new Error(`rows of ${fields.length} columns, not one`);
      for (const row of rows) onBytes(row[field.name] as Uint8Array);
    },
  };
}
