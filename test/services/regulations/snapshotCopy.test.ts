import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Prisma } from '../../../src/generated/prisma/client';
import { fixedClock } from '../../../src/services/clock';
import { RegulationImportService } from '../../../src/services/regulations/importDocuments';
import { storeIndexSnapshot, type IndexSnapshotCopy } from '../../../src/services/regulations/indexSnapshot';
import { indexSnapshotDeps, RegulationSearchService } from '../../../src/services/regulations/search';
import type { Store } from '../../../src/store';
import { regulationsFingerprint } from '../../../src/store/repositories/regulations';
import {
  claimIndexSnapshotWrite,
  publishIndexSnapshot,
  releaseIndexSnapshotWrite,
} from '../../../src/store/repositories/rulesIndexSnapshots';
import { createTestStore, testStoreKind } from '../../support/store';

/**
 * The store's copy of the rules index snapshot (RulesIndexSnapshot), which PostgreSQL keeps for hosts whose cache
 * lacks the snapshot file. Each "host" is a cache directory of its own. The mechanism is the same SQL on both stores,
 * so it runs on either (given the copy explicitly); which store keeps one is the last test.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-rules-copy-'));
let hosts = 0;
/** The snapshot file of a new host: an empty cache directory. */
const newHost = () => path.join(dir, `host-${++hosts}`, 'cache', 'rules-index.bin');

function rule(name: string, versionDate: string, article: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `---\ntitle: 司法警察值庭规定\nversion_date: ${versionDate}\n---\n${article}\n`);
  return file;
}

describe(`the rules index snapshot kept in the store for hosts without its file (${testStoreKind})`, () => {
  let store: Store;
  let logged: string[] = [];
  const service = (snapshotFile: string, snapshotCopy: IndexSnapshotCopy = store) =>
    new RegulationSearchService({
      prisma: store.prisma,
      snapshotFile,
      snapshotCopy,
      log: (message) => void logged.push(message),
    });
  const copies = async () =>
    (await store.read<{ key: string }>(Prisma.sql`SELECT key FROM "RulesIndexSnapshot" ORDER BY "createdAt", key`)).map(
      (row) => row.key,
    );
  const importRule = async (name: string, versionDate: string, article: string) =>
    new RegulationImportService({ store }).importFile(rule(name, versionDate, article), {
      actor: 'test',
      clock: fixedClock(`${versionDate}T10:00:00+08:00`),
    });

  beforeAll(async () => {
    store = await createTestStore();
    await importRule('guard-2024.md', '2024-05-01', '第一条 开庭前三十分钟到庭。\n第二条 值庭时不得离开法庭。');
  });
  beforeEach(() => {
    logged = [];
  });
  afterEach(() => {
    expect(logged).toEqual([]); // nothing failed quietly
  });
  afterAll(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is stored by the first host, which builds; a second host starts from it and answers the same', async () => {
    const first = newHost();
    const built = service(first);
    expect(await built.warm()).toMatchObject({ documents: 1, articles: 2, source: 'build' });
    const key = await regulationsFingerprint(store.prisma);
    expect(await copies()).toEqual([key]);

    const second = newHost();
    const copied = service(second);
    expect(await copied.warm()).toMatchObject({ documents: 1, articles: 2, source: 'database' });
    for (const query of ['开庭前 到庭', '值庭 离开', '司法警察值庭规定第二条'])
      expect(await copied.search(query)).toEqual(await built.search(query));
    // Written to the second host's file too (once warm() returns), which its next start reads.
    expect(fs.readFileSync(second).equals(fs.readFileSync(first))).toBe(true);
    expect(await service(second).warm()).toMatchObject({ source: 'snapshot' });
    expect(await copies()).toEqual([key]);
  });

  it('is stored from a host file that the store has no copy of (written before the store kept copies)', async () => {
    const host = newHost();
    await service(host).warm();
    await store.withSql((session) => session.query('DELETE FROM "RulesIndexSnapshot"'));
    expect(await service(host).warm()).toMatchObject({ source: 'snapshot' });
    expect(await copies()).toEqual([await regulationsFingerprint(store.prisma)]);
    expect(await service(newHost()).warm()).toMatchObject({ source: 'database' });
  });

  it('is not used once an import changed the texts: the next host builds, and its copy replaces the old one', async () => {
    const before = await regulationsFingerprint(store.prisma);
    expect(await copies()).toEqual([before]);
    await importRule('guard-2025.md', '2025-04-01', '第一条 开庭前二十分钟到庭。\n第二条 值庭时不得离开法庭。');
    const after = await regulationsFingerprint(store.prisma);
    const rules = service(newHost());
    expect(await rules.warm()).toMatchObject({ documents: 2, source: 'build' });
    expect((await rules.search('开庭前 到庭')).hits[0]?.versionDate).toBe('2025-04-01');
    expect(await copies()).toEqual([after]);
    expect(await service(newHost()).warm()).toMatchObject({ documents: 2, source: 'database' });
  });

  it('is not stored by a host that built the texts before an import: the copy of the texts after it stays', async () => {
    const stale = newHost();
    await service(stale).warm();
    const staleKey = await regulationsFingerprint(store.prisma);
    await importRule('guard-2026.md', '2026-01-01', '第一条 开庭前十分钟到庭。\n第二条 值庭时不得离开法庭。');
    await service(newHost()).warm(); // builds the texts after the import and stores their copy
    const current = await regulationsFingerprint(store.prisma);
    await store.withSql((session) => session.query('DELETE FROM "RulesIndexSnapshot" WHERE key = $1', [current]));
    await store.withSql((session) =>
      publishIndexSnapshot(session, current, new Uint8Array([1, 2, 3])).then((stored) => expect(stored).toBe(true)),
    );
    // The host that built before the import comes late with its copy: it stores nothing and deletes nothing.
    expect(await storeIndexSnapshot(store, stale, staleKey)).toBe(false);
    expect(await copies()).toEqual([current]);
  });

  it('is deleted when it cannot be read (the row above is no gzip), and the host that built stores a good one', async () => {
    const current = await regulationsFingerprint(store.prisma);
    expect(await copies()).toEqual([current]); // three bytes, from the test before
    const host = newHost();
    expect(await service(host).warm()).toMatchObject({ documents: 3, source: 'build' });
    expect(await copies()).toEqual([current]);
    expect(await service(newHost()).warm()).toMatchObject({ documents: 3, source: 'database' });
  });

  it('is stored once when hosts that built at once store it together, none failing', async () => {
    await store.withSql((session) => session.query('DELETE FROM "RulesIndexSnapshot"'));
    const [a, b, c] = [newHost(), newHost(), newHost()];
    const started = await Promise.all([a, b, c].map((host) => service(host).warm()));
    expect(started.map((s) => s.source)).toEqual(['build', 'build', 'build']);
    expect(await copies()).toEqual([await regulationsFingerprint(store.prisma)]);
    // And straight at the store: exactly one of four writers inserts.
    await store.withSql((session) => session.query('DELETE FROM "RulesIndexSnapshot"'));
    const key = await regulationsFingerprint(store.prisma);
    const stored = await Promise.all([a, b, c, a].map((host) => storeIndexSnapshot(store, host, key)));
    expect(stored.filter(Boolean)).toHaveLength(1);
    expect(await copies()).toEqual([key]);
  });

  // Two sessions: PostgreSQL's (the embedded store has one session, whose advisory locks any caller holds).
  (testStoreKind === 'postgres' ? it : it.skip)(
    'is packed by one writer at a time: another that comes meanwhile leaves it to that one',
    async () => {
      const host = newHost();
      await service(host).warm(); // its file written
      await store.withSql((session) => session.query('DELETE FROM "RulesIndexSnapshot"'));
      const key = await regulationsFingerprint(store.prisma);
      await store.withSql(async (session) => {
        expect(await claimIndexSnapshotWrite(session, key)).toBe(true);
        try {
          expect(await storeIndexSnapshot(store, host, key)).toBe(false);
          expect(await copies()).toEqual([]);
        } finally {
          await releaseIndexSnapshotWrite(session, key);
        }
      });
      expect(await storeIndexSnapshot(store, host, key)).toBe(true);
      expect(await copies()).toEqual([key]);
    },
  );

  it('when the store cannot be reached for the copy, logs it and still answers: read from the file, else built', async () => {
    const unreachable: IndexSnapshotCopy = {
      read: () => Promise.reject(new Error('the store went away')),
      withSql: () => Promise.reject(new Error('the store went away')),
      streamBytes: () => Promise.reject(new Error('the store went away')),
    };
    const host = newHost();
    expect(await service(host, unreachable).warm()).toMatchObject({ documents: 3, source: 'build' });
    expect(await service(host, unreachable).warm()).toMatchObject({ documents: 3, source: 'snapshot' });
    expect(logged).toEqual([
      'rules index snapshot not read from the store: the store went away',
      `rules index snapshot not written to ${host} or the store: the store went away`,
      'rules index snapshot not written to the store: the store went away',
    ]);
    logged = [];
  });

  it('is kept by PostgreSQL only: the embedded store has its file beside the database', () => {
    const deps = indexSnapshotDeps(store, '/var/cache/rules-index.bin');
    expect(deps.snapshotFile).toBe('/var/cache/rules-index.bin');
    expect(deps.snapshotCopy).toBe(testStoreKind === 'postgres' ? store : undefined);
    expect(indexSnapshotDeps(store, undefined)).toEqual({});
  });
});
