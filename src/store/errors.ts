/** The store cannot be used; the message is one sentence for the operator: what is wrong and what to do. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
}

/** Maps driver errors met while connecting to PostgreSQL onto actionable sentences. */
export function describePostgresConnectError(
  error: unknown,
  target: { host: string; port: string; database: string },
): string {
  const { code, message } = (error ?? {}) as PgLikeError;
  const where = `PostgreSQL at ${target.host}:${target.port}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `${where} refused the connection: start PostgreSQL (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or unset DATABASE_URL to use the embedded store.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host "${target.host}" in DATABASE_URL cannot be resolved: check the host name.`;
    case 'ETIMEDOUT':
      return `${where} did not answer in time: check the host, port and firewall.`;
    case '3D000':
      return `database "${target.database}" does not exist on ${where}: create it (createdb ${target.database}) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `${where} rejected the credentials in DATABASE_URL: check the user name and password.`;
    default:
      return `cannot connect to ${where}: ${message ?? String(error)}`;
  }
}
