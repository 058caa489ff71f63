/**
 * A process that owns an embedded store's data directory until it is killed: opens the store on
 * argv[2], says `locked <pid>` on stdout, then waits. Run with `node -r tsx/cjs`.
 */
import { openStore } from '../../../src/store';

async function main(): Promise<void> {
  await openStore({ dataDir: process.argv[2] as string, migrate: false });
  process.stdout.write(`locked ${process.pid}\n`);
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(3);
});
