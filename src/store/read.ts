import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Prisma } from '../generated/prisma/client';
import { StoreUnavailableError } from './errors';

/**
 * Hot read statements straight through the database driver: node-postgres on PostgreSQL, the PGlite
 * instance on the embedded store. Prisma's raw-query path costs more CPU per statement than the
 * statement itself, on top of the driver (argument mapping, its query interpreter, row re-encoding),
 * which capped /mycases under load (`npm run bench:mycases`).
 *
 * Both stores return the same values: DATE as its `YYYY-MM-DD` text (node-postgres would make a
 * local-midnight Date, PGlite a UTC one), bigint such as count(*) as a number, numeric as text,
 * json parsed, booleans, int arrays as number arrays.
 */
export interface StoreReader {
  /** The rows of one statement, built with `Prisma.sql` (parameters are sent separately, never spliced in). */
  read<Row>(query: Prisma.Sql): Promise<Row[]>;
}

const DATE_OID = 1082;
const INT8_OID = 20;

const keepText = (value: string): string => value;

/** node-postgres parsers: Number for bigint (counts stay far below 2^53), text for dates. */
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return keepText;
    if (oid === INT8_OID) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function postgresReader(pool: pg.Pool): StoreReader {
  return {
    read: async <Row>(query: Prisma.Sql) => {
      // A closed store says so, as PGlite's does, instead of node-postgres's "cannot use a pool after calling end".
      if (pool.ended) throw new StoreUnavailableError('the store is closed');
      return (await pool.query({ text: query.text, values: query.values, types: pgTypes })).rows as Row[];
    },
  };
}

/** PGlite already returns bigint as a number; only dates need their text kept. */
const pgliteParsers = { [DATE_OID]: keepText };

export function pgliteReader(db: PGlite): StoreReader {
  return {
    read: async <Row>(query: Prisma.Sql) =>
      (await db.query<Row>(query.text, query.values, { parsers: pgliteParsers })).rows,
  };
}
