import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Prisma } from '../../src/generated/prisma/client';
import { openStore, type Store } from '../../src/store';
import { regulationsFingerprint } from '../../src/store/repositories/regulations';
import { docketInProcess } from '../support/cli';
import { createMigratedDataDir, createTestStore, testStoreKind } from '../support/store';

/**
 * `docket rules import`, `docket rules changes` and `docket rule search` through the CLI itself: the JSON
 * contracts, one JSON array per line of a --batch file, and exit codes. With DATABASE_URL the same commands run
 * against a PostgreSQL test database; otherwise against an embedded store in a temporary directory (migrated
 * beforehand: how the first start creates a store is tested in test/store).
 */
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-rules-cli-'));
const lawsDir = path.join(workDir, 'laws');
fs.mkdirSync(lawsDir);
fs.writeFileSync(
  path.join(lawsDir, 'civil-procedure.md'),
  `---
title: 中华人民共和国民事诉讼法
doc_type: 法律
version_date: 2023-09-01
---
# 中华人民共和国民事诉讼法
## 第十三章 简易程序
第一百六十四条 人民法院适用简易程序审理案件，应当在立案之日起三个月内审结。有特殊情况需要延长的，经本院院长批准，可以延长一个月。
第一百六十五条 基层人民法院审理简单金钱给付民事案件，可以适用小额诉讼的程序审理。
## 第二十章 执行的申请和移送
第二百四十七条 发生法律效力的民事判决、裁定，当事人必须履行。一方拒绝履行的，对方当事人可以向人民法院申请执行。
`,
);
fs.writeFileSync(
  path.join(lawsDir, 'court-flow.md'),
  '---\ntitle: 审判流程管理办法\nversion_date: 2025-01-01\n---\n第一条 立案后二日内分案。\n第二条 审限届满前十五日申请延长。\n',
);
fs.writeFileSync(path.join(lawsDir, 'notes.txt'), '会议纪要\n\n请各庭遵照执行。\n');

describe(`docket rules and docket rule search (${testStoreKind})`, () => {
  let postgres: Store | undefined;
  let env: Record<string, string | undefined>;
  let dataDir: string;

  beforeAll(async () => {
    if (testStoreKind === 'postgres') {
      postgres = await createTestStore();
      env = { DATABASE_URL: postgres.databaseUrl };
    } else {
      dataDir = await createMigratedDataDir('docket-rules-');
      env = { DOCKET_DATA_DIR: dataDir, DATABASE_URL: undefined };
    }
  });
  afterAll(async () => {
    await postgres?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('says what to do when nothing is imported yet', async () => {
    const run = await docketInProcess(['rule', 'search', '审限'], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('docket rules import');
  });

  it('imports a directory file by file, exiting 1 when a file was rejected', async () => {
    const snapshot = dataDir ? path.join(dataDir, 'rules-index.bin') : undefined;
    if (snapshot) fs.rmSync(snapshot, { force: true }); // the empty store's, written by the search before
    const run = await docketInProcess(['rules', 'import', lawsDir, '--json', '--lang', 'en'], env);
    // The index of what it imported is built and written for the next start of docket serve, which reads it.
    if (snapshot) expect(fs.existsSync(snapshot)).toBe(true);
    // On PostgreSQL the store keeps a copy of it too, for the hosts whose cache has no file.
    if (postgres)
      expect(
        (await postgres.read<{ key: string }>(Prisma.sql`SELECT key FROM "RulesIndexSnapshot"`)).map((r) => r.key),
      ).toEqual([await regulationsFingerprint(postgres.prisma)]);
    expect(run.code).toBe(1);
    const outcomes = JSON.parse(run.stdout) as Array<{
      file: string;
      status: string;
      docType?: string;
      reason?: string;
    }>;
    expect(outcomes.map((o) => [path.basename(o.file), o.status])).toEqual([
      ['civil-procedure.md', 'new_document'],
      ['court-flow.md', 'new_document'],
      ['notes.txt', 'rejected'],
    ]);
    expect(outcomes[1]?.docType).toBe('本院规定');
    expect(outcomes[2]?.reason).toContain('no articles found');
    const again = await docketInProcess(['rules', 'import', path.join(lawsDir, 'civil-procedure.md')], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 unchanged');
  });

  it('prints the JSON contract: law, article, score, snippet, and beside them version, validity and chapter', async () => {
    const run = await docketInProcess(['rule', 'search', '民诉法第164条', '--json', '--limit', '1'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        law: '中华人民共和国民事诉讼法',
        article: '第一百六十四条',
        score: expect.any(Number),
        snippet: expect.stringContaining('三个月内审结'),
        version: '2023-09-01',
        status: '现行有效',
        docType: '法律',
        chapter: '第十三章 简易程序',
      },
    ]);
  });

  it('answers a batch file with one JSON array per line, in order, bad lines included', async () => {
    const queries = [
      '简易程序 审限',
      '',
      '！！！',
      '判决生效了对方不给钱',
      '民诉法第九百条',
      '民诉法１６４条',
      'x'.repeat(5000),
    ];
    const file = path.join(workDir, 'queries.txt');
    fs.writeFileSync(file, `${queries.join('\r\n')}\r\n`);
    const run = await docketInProcess(['rule', 'search', '--batch', file, '--limit', '3'], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').map((line) => JSON.parse(line) as Array<{ law: string; article: string }>);
    expect(lines).toHaveLength(queries.length);
    expect(lines[0]?.map((hit) => hit.article)).toContain('第一百六十四条');
    expect(lines[1]).toEqual([]);
    expect(lines[2]).toEqual([]);
    expect(lines[3]?.[0]?.article).toBe('第二百四十七条');
    expect(lines[4]).toEqual([]);
    expect(lines[5]?.[0]?.article).toBe('第一百六十四条');
    expect(lines[6]).toEqual([]);
  });

  it("says in the user's language why nothing was found and what to try", async () => {
    const beyond = await docketInProcess(['rule', 'search', '民诉法第九百条'], env);
    expect(beyond.code).toBe(0);
    expect(beyond.stdout).toContain('没有找到与“民诉法第九百条”相关的条文');
    expect(beyond.stdout).toContain(
      '《中华人民共和国民事诉讼法》没有第九百条：该文件的条文为第一百六十四条至第二百四十七条',
    );
    const unknown = await docketInProcess(['rule', 'search', '合同违约法第十条', '--lang', 'en'], env);
    expect(unknown.stdout).toContain('Nothing found for “合同违约法第十条”');
    expect(unknown.stdout).toContain('合同违约法');
    expect(unknown.stdout).not.toContain('`');
    const version = await docketInProcess(['rule', 'search', '民诉法(2012)第一百六十四条'], env);
    expect(version.stdout).toContain('没有 2012 年或更早的版本：现有 2023-09-01 版');
    const punctuation = await docketInProcess(['rule', 'search', '！！！'], env);
    expect(punctuation.stdout).toContain('例如 /rule 简易程序 审限');
    const long = await docketInProcess(['rule', 'search', '，'.repeat(5000), '--lang', 'en'], env);
    expect(long.stdout).toMatch(/^Long question: only its first 200 characters were searched\.\nNothing found for/);
  });

  it('lists what imports changed since a day', async () => {
    const run = await docketInProcess(['rules', 'changes', '--since', '2020-01-01', '--json'], env);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Array<{ title: string; kind: string }>).map((c) => [c.title, c.kind])).toEqual([
      ['中华人民共和国民事诉讼法', 'new_document'],
      ['审判流程管理办法', 'new_document'],
    ]);
    expect((await docketInProcess(['rules', 'changes', '--since', '2020-13-01'], env)).code).toBe(2);
  });

  it("dates each change by the court's day: recorded at 00:30 in Shanghai, it is that day, not the UTC day before", async () => {
    const store = await openStore(postgres ? { databaseUrl: postgres.databaseUrl } : { dataDir });
    try {
      await store.prisma.regulationChange.updateMany({
        where: { document: { title: '审判流程管理办法' } },
        data: { createdAt: new Date('2026-03-01T16:30:00Z') },
      });
      // 23:30 on 1 March in Shanghai: the day before --since.
      await store.prisma.regulationChange.updateMany({
        where: { document: { title: '中华人民共和国民事诉讼法' } },
        data: { createdAt: new Date('2026-03-01T15:30:00Z') },
      });
    } finally {
      await store.close();
    }
    const run = await docketInProcess(['rules', 'changes', '--since', '2026-03-02'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2026-03-02 +new_document +审判流程管理办法/m);
    expect(run.stdout).not.toContain('中华人民共和国民事诉讼法');
  });
});
