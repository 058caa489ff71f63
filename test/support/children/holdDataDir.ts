/**
 * A process that owns an embedded store's data directory until it is killed: opens the store on
 * argv[2], says `locked <pid>` on stdout, then waits. Run by spawnTs (test/support/processes.ts). With argv[3] `lock`
 * it takes only the data-directory lock, which openStore takes before anything else: for tests of the
 * lock alone, without loading and starting PGlite in every process.
 */
import { openStore } from '../../../src/store';
import { lockDataDir } from '../../../src/store/dataDirLock';

async function main(): Promise<void> {
  const dataDir = process.argv[2] as string;
  if (process.argv[3] === 'lock') await lockDataDir(dataDir);
  else await openStore({ dataDir, migrate: false });
  process.stdout.write(`locked ${process.pid}\n`);
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(3);
});
