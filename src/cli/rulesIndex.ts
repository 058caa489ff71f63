import { readEnv, resolveDataDir } from '../config/env';
import { indexSnapshotFile } from '../services/regulations/indexSnapshot';
import { indexSnapshotDeps, RegulationSearchService } from '../services/regulations/search';
import { storeOptionsFromEnv, type Store } from '../store';

/** Where the configured store's rules index snapshot lives, as `docket serve` reads it. */
export function rulesIndexSnapshotFile(): string | undefined {
  const env = readEnv();
  return indexSnapshotFile(storeOptionsFromEnv(env), resolveDataDir(env));
}

/**
 * Builds the index of the texts the store now holds and writes its snapshot (the one `docket serve` and `docket rule
 * search` read), and on PostgreSQL the store's copy of it, which the hosts without the file read: here, where a
 * command that imported texts already takes a while, rather than at the next start of `docket serve`, whose first
 * /rule Slack gives 3 s. What was imported stands whatever happens here: a snapshot not written is built by that start.
 */
export async function writeRulesIndexForNextStart(store: Store): Promise<void> {
  const snapshotFile = rulesIndexSnapshotFile();
  if (!snapshotFile) return;
  try {
    await new RegulationSearchService({ prisma: store.prisma, ...indexSnapshotDeps(store, snapshotFile) }).warm();
  } catch (error) {
    process.stderr.write(`rules index snapshot not written to ${snapshotFile}: ${(error as Error).message}\n`);
  }
}
