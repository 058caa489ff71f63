import { StoreUnavailableError } from '../store';

/** The viewer may not see what they asked for; `reason` picks the explanation shown to them. */
export class AccessDeniedError extends Error {
  override name = 'AccessDeniedError';
  constructor(
    readonly reason:
      | 'not_your_judge'
      | 'not_a_lead'
      | 'not_an_admin'
      | 'other_court'
      | 'not_your_case'
      | 'cannot_set_targets'
      | 'not_your_team',
  ) {
    super(`access denied: ${reason}`);
  }
}

/** Someone asked for by name (/mycases @赵霞思): nobody active in the court has it, or several people do. */
export class PersonNameError extends Error {
  override name = 'PersonNameError';
  constructor(
    readonly personName: string,
    readonly problem: 'none' | 'several',
  ) {
    super(`${problem === 'none' ? 'nobody' : 'several people'} in the court called ${personName}`);
  }
}

/** Prisma's connection-level codes: cannot reach, timed out, database missing, connection closed, pool exhausted. */
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1010', 'P1011', 'P1017', 'P2024']);
/** Socket errors, and PostgreSQL's "database does not exist / admin shutdown / cannot connect now / connection failure" SQLSTATEs. */
const DRIVER_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '3D000',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** Prisma driver-adapter error kinds that mean the database cannot be used right now. */
const ADAPTER_CONNECTION_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/**
 * True when an error means the store cannot be used right now (PostgreSQL down or unreachable, the
 * embedded database closed), as opposed to a bug: the first is "try again later", the second is ours.
 */
export function isStoreUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof StoreUnavailableError) return true;
  const { name, code, message, cause, meta } = error as {
    name?: string;
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
  };
  if (name === 'PrismaClientInitializationError') return true;
  if (typeof code === 'string' && (PRISMA_CONNECTION_CODES.has(code) || DRIVER_CONNECTION_CODES.has(code))) return true;
  // Raw queries (P2010) carry the database's own SQLSTATE from the driver adapter.
  const adapterCause = meta?.driverAdapterError?.cause;
  if (typeof adapterCause?.originalCode === 'string' && DRIVER_CONNECTION_CODES.has(adapterCause.originalCode))
    return true;
  if (typeof adapterCause?.kind === 'string' && ADAPTER_CONNECTION_KINDS.has(adapterCause.kind)) return true;
  if (
    typeof message === 'string' &&
    /PGlite is closed|Connection terminated|connect ECONNREFUSED|Can't reach database server/i.test(message)
  )
    return true;
  return isStoreUnavailable(cause, depth + 1);
}
