/**
 * The child processes of `npm run bench:import` (bench/import.ts), apart from the CLI itself:
 * `--setup KIND WHERE` creates and seeds a store; `--service KIND WHERE FILE` imports FILE through
 * CaseImportService without the CLI, under the same V8 settings as `docket import`; `--verify KIND WHERE`
 * counts what the store holds after the imports. Each prints one JSON line
 * with its peak RSS. Only what these need is imported here, so the service figure is the import's own.
 */
import { tuneV8ForImport } from '../src/cli/import/v8Tuning';
import { CaseImportService } from '../src/services/imports/caseImport';
import { openStore, withStore, type OpenStoreOptions } from '../src/store';

export type StoreKind = 'pglite' | 'postgres';

export const COURT = '内0291';
export const JUDGES = ['张敏', '李建国', '赵丽华', '周婷', '孙志强'];

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

function storeOptions(kind: StoreKind, where: string): OpenStoreOptions {
  return kind === 'postgres' ? { databaseUrl: where } : { dataDir: where };
}

/** Creates the store (PGlite: initdb; both: migrations) and seeds the court, its team and judges. */
async function setup(kind: StoreKind, where: string): Promise<void> {
  const started = performance.now();
  const store = await openStore(storeOptions(kind, where));
  try {
    const court = await store.prisma.court.create({
      data: { code: COURT, name: '包头稀土高新技术产业开发区人民法院' },
    });
    const team = await store.prisma.team.create({
      data: { courtId: court.id, name: '速裁快审一团队', kind: '速裁快审' },
    });
    await store.prisma.person.createMany({
      data: JUDGES.map((name, index) => ({
        courtId: court.id,
        name,
        staffNo: `029100${index + 1}`,
        role: 'judge' as const,
        teamId: team.id,
      })),
    });
  } finally {
    await store.close();
  }
  console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb() }));
}

/** One import through the service; the seconds are the import's own. */
async function service(kind: StoreKind, where: string, file: string): Promise<void> {
  tuneV8ForImport(); // as `docket import` does
  let seconds = 0;
  const summary = await withStore(
    async (store) => {
      const started = performance.now();
      const result = await new CaseImportService({ store }).run(file, { actor: 'bench', courtCode: COURT });
      seconds = (performance.now() - started) / 1000;
      return result;
    },
    storeOptions(kind, where),
  );
  console.log(
    JSON.stringify({
      seconds,
      inserted: summary.inserted,
      unchanged: summary.unchanged,
      rejected: summary.rejected,
      peakRssMb: peakRssMb(),
    }),
  );
}

export interface StoredCounts {
  cases: number;
  distinctNumbers: number;
  open: number;
  openWithoutDeadline: number;
}

/** What the imports left in the store: every row a case of its own, every open case with its 审限. */
async function verify(kind: StoreKind, where: string): Promise<void> {
  const [counts] = await withStore(
    (store) =>
      store.withSql((session) =>
        session.query<StoredCounts>(
          `SELECT count(*)::int AS cases, count(DISTINCT "normalizedNumber")::int AS "distinctNumbers",
             count(*) FILTER (WHERE status = 'open')::int AS open,
             count(*) FILTER (WHERE status = 'open' AND deadline IS NULL)::int AS "openWithoutDeadline"
           FROM "Case" WHERE "courtId" = (SELECT id FROM "Court" WHERE code = $1)`,
          [COURT],
        ),
      ),
    storeOptions(kind, where),
  );
  console.log(JSON.stringify(counts));
}

if (require.main === module) {
  const [mode, kind, where, file] = process.argv.slice(2) as [string, StoreKind, string, string];
  const run =
    mode === '--setup' ? setup(kind, where) : mode === '--verify' ? verify(kind, where) : service(kind, where, file);
  run.catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
