import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../../src/services/clock';
import { RegulationImportService } from '../../../src/services/regulations/importDocuments';
import { indexSnapshotFile } from '../../../src/services/regulations/indexSnapshot';
import { RegulationSearchService } from '../../../src/services/regulations/search';
import type { Store } from '../../../src/store';
import { createTestStore, testStoreKind } from '../../support/store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-rules-snapshot-'));
const snapshotFile = path.join(dir, 'cache', 'rules-index.bin');

function rule(name: string, versionDate: string, article: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `---\ntitle: 司法警察值庭规定\nversion_date: ${versionDate}\n---\n${article}\n`);
  return file;
}

async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await read();
    if (until(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the rebuilt index never answered');
}

describe(`the rules index snapshot across restarts (${testStoreKind})`, () => {
  let store: Store;
  let now = 0;
  const service = (options: { serveWhileRebuilding?: boolean } = {}) =>
    new RegulationSearchService({ prisma: store.prisma, now: () => now, snapshotFile, ...options, log: () => {} });
  const topVersion = async (rules: RegulationSearchService, query: string) =>
    (await rules.search(query)).hits[0]?.versionDate;

  beforeAll(async () => {
    store = await createTestStore();
    await new RegulationImportService({ store }).importFile(
      rule('guard-2024.md', '2024-05-01', '第一条 开庭前三十分钟到庭。'),
      {
        actor: 'test',
        clock: fixedClock('2024-05-02T10:00:00+08:00'),
      },
    );
  });
  afterAll(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is written by the first start, which builds, and read by the next, which answers the same', async () => {
    const first = service();
    expect(await first.warm()).toMatchObject({ documents: 1, articles: 1, source: 'build' });
    expect(fs.existsSync(snapshotFile)).toBe(true);
    const restarted = service();
    expect(await restarted.warm()).toMatchObject({ documents: 1, articles: 1, source: 'snapshot' });
    expect(await restarted.search('开庭前 到庭')).toEqual(await first.search('开庭前 到庭'));
  });

  it('is not used once an import changed the stored texts: the index is built again, and so is the snapshot', async () => {
    const running = service();
    await running.warm();
    await new RegulationImportService({ store }).importFile(
      rule('guard-2025.md', '2025-04-01', '第一条 开庭前二十分钟到庭。'),
      {
        actor: 'test',
        clock: fixedClock('2025-04-02T10:00:00+08:00'),
      },
    );
    now += 2500;
    expect(await topVersion(running, '开庭前 到庭')).toBe('2025-04-01');
    expect(await running.warm()).toMatchObject({ documents: 2, source: 'build' });
    expect(await service().warm()).toMatchObject({ documents: 2, source: 'snapshot' });
  });

  it('on a server, answers from the previous texts while the changed ones are indexed', async () => {
    const server = service({ serveWhileRebuilding: true });
    await server.warm();
    await new RegulationImportService({ store }).importFile(
      rule('guard-2026.md', '2026-01-01', '第一条 开庭前十分钟到庭。'),
      {
        actor: 'test',
        clock: fixedClock('2026-01-02T10:00:00+08:00'),
      },
    );
    now += 2500;
    expect(await topVersion(server, '开庭前 到庭')).toBe('2025-04-01');
    expect(
      await eventually(
        () => topVersion(server, '开庭前 到庭'),
        (v) => v === '2026-01-01',
      ),
    ).toBe('2026-01-01');
    await server.warm(); // and its snapshot written, before the next test damages the file
  });

  it('is rebuilt and overwritten when the file is damaged', async () => {
    fs.writeFileSync(snapshotFile, 'not an index');
    const rules = service();
    expect(await rules.warm()).toMatchObject({ documents: 3, source: 'build' });
    expect(await service().warm()).toMatchObject({ documents: 3, source: 'snapshot' });
  });

  it('is rebuilt and overwritten when the file was cut short (a disk that filled up)', async () => {
    const whole = fs.readFileSync(snapshotFile);
    fs.writeFileSync(snapshotFile, whole.subarray(0, whole.byteLength - 8));
    expect(await service().warm()).toMatchObject({ documents: 3, source: 'build' });
    expect(fs.readFileSync(snapshotFile).equals(whole)).toBe(true);
    expect(await service().warm()).toMatchObject({ documents: 3, source: 'snapshot' });
  });
});

describe('where a store keeps its rules index snapshot', () => {
  it('is the data directory of an embedded store, a per-database file in the cache of a PostgreSQL one, none in memory', () => {
    expect(indexSnapshotFile({ dataDir: '/srv/docket' }, '/var/cache')).toBe('/srv/docket/rules-index.bin');
    const court = indexSnapshotFile({ databaseUrl: 'postgres://docket:secret@db:5432/court' }, '/var/cache');
    const other = indexSnapshotFile({ databaseUrl: 'postgres://docket:secret@db:5432/other' }, '/var/cache');
    expect(court).toMatch(/^\/var\/cache\/cache\/rules-index-[0-9a-f]{16}\.bin$/);
    expect(court).not.toBe(other);
    expect(court).not.toContain('secret');
    expect(indexSnapshotFile({ memory: {} }, '/var/cache')).toBeUndefined();
  });
});

describe(`a citation answered from the store while the index is still loading (${testStoreKind})`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
    const law = (name: string, versionDate: string, articles: string, title = '中华人民共和国民事诉讼法') => {
      const file = path.join(dir, name);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(
        file,
        `---\ntitle: ${title}\ndoc_type: ${title.startsWith('最高') ? '司法解释' : '法律'}\nversion_date: ${versionDate}\n---\n${articles}\n`,
      );
      return file;
    };
    const options = { actor: 'test', clock: fixedClock('2024-01-02T10:00:00+08:00') };
    await new RegulationImportService({ store }).importFile(
      law('cpl-2017.md', '2017-06-27', '第一百五十七条 简易程序的旧条文。\n第一百六十一条 三个月内审结的旧条文。'),
      options,
    );
    await new RegulationImportService({ store }).importFile(
      law('cpl-2023.md', '2023-09-01', '第一百六十条 简易程序的条文。\n第一百六十四条 应当在立案之日起三个月内审结。'),
      options,
    );
    for (const [name, title, article] of [
      [
        'state.md',
        '最高人民法院关于审理国家赔偿案件确定精神损害赔偿责任适用法律若干问题的解释',
        '第一条 国家赔偿的条文。',
      ],
      ['tort.md', '最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释', '第一条 民事侵权的条文。'],
    ] as const)
      await new RegulationImportService({ store }).importFile(law(name, '2020-12-29', article, title), options);
  });
  afterAll(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the cited article, of the version cited, as the full index does', async () => {
    const rules = new RegulationSearchService({ prisma: store.prisma });
    for (const query of [
      '民诉法第一百六十四条',
      '民诉法(2017)第161条',
      '民事诉讼法第160条 简易程序',
      '精神损害赔偿解释第一条',
    ]) {
      const early = await rules.citationFromStore(query, { limit: 5 });
      expect(early?.hits.map((h) => [h.articleNumber, h.versionDate, h.snippet, h.status])).toEqual(
        (await rules.search(query, { limit: 5 })).hits
          .filter((h) => h.matchedBy === 'reference')
          .map((h) => [h.articleNumber, h.versionDate, h.snippet, h.status]),
      );
      expect(early?.hits[0]?.matchedBy).toBe('reference');
    }
  });

  it('on a server, answers citations alone from the store without waiting for the index, as the index answers them', async () => {
    for (const query of [
      '民诉法第一百六十四条',
      '民诉法(2017)第161条 民事诉讼法第一百六十条',
      '《精神损害赔偿解释》第一条',
    ]) {
      const server = new RegulationSearchService({ prisma: store.prisma, serveWhileRebuilding: true });
      // The index's load is held until the answer is in, so an answer did not wait for it: left to race, this small
      // library loads from PostgreSQL faster than the store answers, and the race proves nothing.
      const load = Reflect.get(server, 'refresh') as () => Promise<unknown>;
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      Reflect.set(server, 'refresh', async () => {
        await held;
        return load.call(server);
      });
      const waits = jest.spyOn(server as unknown as { loadedWithin: () => Promise<boolean> }, 'loadedWithin');
      const early = await server.search(query, { limit: 5 });
      expect(server.ready).toBe(false);
      // Answered at once, as a citation alone: not after the wait a citation beside words gets.
      expect(waits).not.toHaveBeenCalled();
      release();
      await server.warm();
      expect(early).toEqual(await server.search(query, { limit: 5 }));
    }
  });

  it('on a server, an index load that fails after a citation was answered without it is left to the next search', async () => {
    const server = new RegulationSearchService({ prisma: store.prisma, serveWhileRebuilding: true });
    let fail = (): void => undefined;
    const failing = new Promise<never>((_, reject) => (fail = () => reject(new Error('the store went away'))));
    Reflect.set(server, 'refresh', () => failing);
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      expect((await server.search('民诉法第一百六十四条')).hits[0]?.articleNumber).toBe('第一百六十四条');
      fail();
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Nothing may escape: in `docket serve` or the console, an unhandled rejection ends the process.
      expect(unhandled).toEqual([]);
      await expect(server.warm()).rejects.toThrow('the store went away');
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('reads a short name of a title as the index does: 精神损害赔偿解释 is the 民事侵权 interpretation', async () => {
    const early = await new RegulationSearchService({ prisma: store.prisma }).citationFromStore(
      '精神损害赔偿解释第一条',
    );
    expect(early?.hits.map((h) => [h.documentTitle, h.snippet])).toEqual([
      ['最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释', '民事侵权的条文。'],
    ]);
  });

  it('completes the index with the alias table of a citation answered before it, only for the same documents', async () => {
    const queries = ['民诉法第一百六十四条', '精神损害赔偿解释第一条 侵权', '简易程序 审限'];
    const answers = async (rules: RegulationSearchService) =>
      Promise.all(queries.map((query) => rules.search(query, { limit: 5 })));
    const early = new RegulationSearchService({ prisma: store.prisma });
    await early.citationFromStore('民诉法第一百六十四条');
    expect(await answers(early)).toEqual(await answers(new RegulationSearchService({ prisma: store.prisma })));

    // A document imported between the citation and the index: the table of the documents before it is not used.
    const stale = new RegulationSearchService({ prisma: store.prisma });
    await stale.citationFromStore('民诉法第一百六十四条');
    const file = path.join(dir, 'process.md');
    fs.writeFileSync(file, '---\ntitle: 审判流程管理办法\nversion_date: 2024-03-01\n---\n第八条 立案后三日内分案。\n');
    await new RegulationImportService({ store }).importFile(file, {
      actor: 'test',
      clock: fixedClock('2024-03-02T10:00:00+08:00'),
    });
    const cited = (await stale.search('审判流程管理办法第八条')).hits[0];
    expect([cited?.documentTitle, cited?.articleNumber, cited?.matchedBy]).toEqual([
      '审判流程管理办法',
      '第八条',
      'reference',
    ]);
  });

  it('leaves a query that cites nothing to the full index', async () => {
    const rules = new RegulationSearchService({ prisma: store.prisma });
    expect(await rules.citationFromStore('简易程序 审限')).toBeUndefined();
    expect(await rules.citationFromStore('第一百六十四条')).toBeUndefined();
  });
});
