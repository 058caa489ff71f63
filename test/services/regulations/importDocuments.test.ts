import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { fixedClock } from '../../../src/services/clock';
import { RegulationImportService, type RegulationFileOutcome } from '../../../src/services/regulations/importDocuments';
import { RegulationChangesService } from '../../../src/services/regulations/changes';
import { RegulationSearchService } from '../../../src/services/regulations/search';
import type { Store } from '../../../src/store';
import { docxOf } from '../../support/docx';
import { createTestStore, testStoreKind } from '../../support/store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-rules-'));
const write = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
};

const FLOW_2024 = `---
title: 审判流程管理办法
doc_type: 本院规定
version_date: 2024-03-01
---
# 审判流程管理办法
## 第一章 总则
第一条 为了规范本院审判流程，制定本办法。
第二条 立案庭应当在立案后三日内将案件分配给承办法官。
## 第二章 审限管理
第三条 承办法官应当在审限届满前十五日提出延长审限申请。
第四条 审管办每月通报超审限案件。
`;

const FLOW_2025 = `---
title: 审判流程管理办法
doc_type: 本院规定
version_date: 2025-01-01
---
# 审判流程管理办法
## 第一章 总则
第一条 为了规范本院审判流程，制定本办法。
第二条 立案庭应当在立案后二日内将案件分配给承办法官。
## 第二章 审限管理
第三条 承办法官应当在审限届满前十五日提出延长审限申请。
第五条 简单案件应当在立案后当日分案。
`;

const options = (day: string) => ({ actor: 'test', clock: fixedClock(`${day}T10:00:00+08:00`) });

describe(`importing laws and court rules (${testStoreKind})`, () => {
  let store: Store;
  let rules: RegulationSearchService;
  // The service re-reads the store's version at most every 2 s; each step of a test moves past that.
  let importer: RegulationImportService;
  let now = 0;
  const later = () => {
    now += 2000;
  };

  beforeAll(async () => {
    store = await createTestStore();
    rules = new RegulationSearchService({ prisma: store.prisma, now: () => now });
    importer = new RegulationImportService({ store });
  });
  afterAll(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const counts = async () => ({
    documents: await store.prisma.regulationDocument.count(),
    articles: await store.prisma.regulationArticle.count(),
    changes: await store.prisma.regulationChange.count(),
    runs: await store.prisma.importRun.count(),
  });

  it('imports a Markdown court rule as a new document, searchable at once', async () => {
    const outcome = await importer.importFile(write('flow-2024.md', FLOW_2024), options('2024-03-05'));
    expect(outcome).toMatchObject({
      status: 'new_document',
      title: '审判流程管理办法',
      docType: '本院规定',
      versionDate: '2024-03-01',
      articles: 4,
    });
    const stored = await store.prisma.regulationDocument.findFirstOrThrow({ where: { title: '审判流程管理办法' } });
    expect(stored).toMatchObject({ hierarchy: 3, current: true, sourceName: 'flow-2024.md' });
    const hit = (await rules.search('延长审限申请')).hits[0];
    expect(hit).toMatchObject({
      documentTitle: '审判流程管理办法',
      articleNumber: '第三条',
      chapter: '第二章 审限管理',
      current: true,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const outcome = await importer.importFile(path.join(dir, 'flow-2024.md'), options('2024-04-01'));
    expect(outcome.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('makes a newer version current, keeps the old one reachable by its version, and records what changed by article', async () => {
    const outcome = await importer.importFile(write('flow-2025.md', FLOW_2025), options('2025-01-06'));
    expect(outcome).toMatchObject({
      status: 'new_version',
      versionDate: '2025-01-01',
      changes: { replaced: '2024-03-01', amended: ['第二条'], added: ['第五条'], repealed: ['第四条'] },
    });
    const versions = await store.prisma.regulationDocument.findMany({
      where: { title: '审判流程管理办法' },
      orderBy: { versionDate: 'asc' },
      select: { current: true },
    });
    expect(versions.map((v) => v.current)).toEqual([false, true]);

    later();
    const hits = (await rules.search('立案后 分配 承办法官')).hits.filter((h) => h.articleNumber === '第二条');
    expect(hits.map((h) => [h.versionDate, h.status])).toEqual([['2025-01-01', '现行有效']]);
    expect((await rules.search('审判流程管理办法(2024)第四条')).hits[0]).toMatchObject({
      articleNumber: '第四条',
      status: '已修改',
      text: expect.stringContaining('审管办每月通报超审限案件'),
    });
    expect(await rules.article('审判流程管理办法', '第四条')).toBeUndefined();
    expect(await rules.article('审判流程管理办法', '第四条', '2024-03-01')).toMatchObject({ current: false });

    const changes = await new RegulationChangesService({ prisma: store.prisma }).since(
      new Date('2025-01-01T00:00:00+08:00'),
    );
    expect(changes).toEqual([
      expect.objectContaining({
        title: '审判流程管理办法',
        kind: 'new_version',
        versionDate: '2025-01-01',
        amended: ['第二条'],
        added: ['第五条'],
        repealed: ['第四条'],
      }),
    ]);
    expect(changes[0]?.summary).toContain('2024-03-01 版被取代');
  });

  it('stores an older version as superseded without touching the current one or recording news', async () => {
    const older = FLOW_2024.replace('2024-03-01', '2023-01-01').replace('三日内', '五日内');
    const before = await store.prisma.regulationChange.count();
    expect(await importer.importFile(write('flow-2023.md', older), options('2025-01-07'))).toMatchObject({
      status: 'older_version',
      versionDate: '2023-01-01',
    });
    expect(await store.prisma.regulationChange.count()).toBe(before);
    const current = await store.prisma.regulationDocument.findMany({
      where: { title: '审判流程管理办法', current: true },
      select: { versionDate: true },
    });
    expect(current.map((d) => d.versionDate.toISOString().slice(0, 10))).toEqual(['2025-01-01']);
  });

  it('rejects a different text under a version date already stored, with what to do', async () => {
    const outcome = await importer.importFile(
      write('flow-typo.md', FLOW_2025.replace('当日', '次日')),
      options('2025-01-08'),
    );
    expect(outcome.status).toBe('rejected');
    expect(outcome.reason?.zh).toContain('version_date');
  });

  it('reads plain text in GBK and Word .docx, inferring the kind and version date the file does not give', async () => {
    const gbk = iconv.encode(
      '民商事案件繁简分流操作规程\n\n第一条 本规程适用于本院民商事案件的繁简分流。\n第二条 简单案件由速裁团队审理。\n',
      'gbk',
    );
    const text = await importer.importFile(write('split.txt', gbk), options('2025-02-10'));
    expect(text).toMatchObject({
      status: 'new_document',
      title: '民商事案件繁简分流操作规程',
      docType: '本院规定',
      versionDate: '2025-02-10',
      articles: 2,
    });
    expect(text.notes?.[0]?.zh).toContain('导入日期');

    const docx = await docxOf([
      '绩效考核实施办法',
      '第一章 总则',
      '第一条\u3000为了科学评价审判绩效，制定本办法。',
      '第二条\u3000考核每季度进行一次。',
    ]);
    const word = await importer.importFile(write('perf.docx', docx), options('2025-02-10'));
    expect(word).toMatchObject({ status: 'new_document', title: '绩效考核实施办法', articles: 2 });
    later();
    expect((await rules.search('考核 每季度')).hits[0]).toMatchObject({
      documentTitle: '绩效考核实施办法',
      articleNumber: '第二条',
      chapter: '第一章 总则',
    });
  });

  it('dates a text copied from the national database by the last revision its 题注 records (治安管理处罚法 2025)', async () => {
    const revised = await importer.importFile(
      write(
        'zhian.txt',
        [
          '中华人民共和国治安管理处罚法',
          '',
          '（2005年8月28日第十届全国人民代表大会常务委员会第十七次会议通过\u3000根据2012年10月26日第十一届全国人民代表大会常务委员会第二十九次会议《关于修改〈中华人民共和国治安管理处罚法〉的决定》修正\u30002025年6月27日第十四届全国人民代表大会常务委员会第十六次会议修订）',
          '',
          '第一章\u3000总\u3000\u3000则',
          '',
          '第一条\u3000为了维护社会治安秩序，保障公共安全，保护公民、法人和其他组织的合法权益，制定本法。',
          '第二条\u3000治安管理工作坚持中国共产党的领导，坚持综合治理。',
        ].join('\n'),
      ),
      options('2026-12-08'),
    );
    expect(revised).toMatchObject({ status: 'new_document', versionDate: '2025-06-27', articles: 2 });
    expect(revised.notes?.[0]?.zh).toContain('题注中最近一次通过或修改的日期 2025-06-27');
    later();
    const cited = await rules.search('治安管理处罚法(2025)第二条');
    expect(cited.notes).toEqual([]);
    expect(cited.hits[0]).toMatchObject({ articleNumber: '第二条', versionDate: '2025-06-27' });
  });

  it('rejects files without articles, PDFs and unknown types with the reason, and reports a directory file by file', async () => {
    const folder = path.join(dir, 'folder');
    write('folder/a-notice.md', '# 通知\n\n请各部门遵照执行。\n');
    write('folder/b-scan.pdf', '%PDF-1.4');
    write(
      'folder/c-rules.md',
      '---\ntitle: 司法警察值庭规定\nversion_date: 2024-05-01\n---\n第一条 开庭前三十分钟到庭。\n',
    );
    write('folder/d-old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    write('folder/.hidden.md', '第一条 不应导入。\n');
    write('folder/e-long.md', `---\ntitle: ${'长'.repeat(101)}\n---\n第一条 内容。\n`);
    const outcomes: RegulationFileOutcome[] = await importer.importPath(folder, options('2025-03-03'));
    expect(outcomes.map((o) => [path.basename(o.file), o.status])).toEqual([
      ['a-notice.md', 'rejected'],
      ['b-scan.pdf', 'rejected'],
      ['c-rules.md', 'new_document'],
      ['d-old.doc', 'rejected'],
      ['e-long.md', 'rejected'],
    ]);
    expect(outcomes[0]?.reason?.zh).toContain('没有找到条文');
    expect(outcomes[1]?.reason?.en).toContain('PDF is not supported');
    expect(outcomes[3]?.reason?.zh).toContain('.docx');
    expect(outcomes[4]?.reason?.en).toContain('longer than 100 characters');
  });

  it('notices an import made elsewhere (another process) within two seconds, without asking the store on every search', async () => {
    let clock = 0;
    const elsewhere = new RegulationSearchService({ prisma: store.prisma, now: () => clock });
    expect((await elsewhere.search('法警 到庭')).hits[0]?.documentTitle).toBe('司法警察值庭规定');
    await importer.importFile(
      write(
        'guard-2025.md',
        '---\ntitle: 司法警察值庭规定\nversion_date: 2025-04-01\n---\n第一条 开庭前二十分钟到庭。\n',
      ),
      options('2025-04-02'),
    );
    clock = 1000;
    expect((await elsewhere.search('开庭前 到庭')).hits[0]?.versionDate).toBe('2024-05-01');
    clock = 2500;
    expect((await elsewhere.search('开庭前 到庭')).hits[0]).toMatchObject({ versionDate: '2025-04-01', current: true });
  });

  it('keeps the numbering_since a law’s file gives, and takes a new one from the same text imported again', async () => {
    const law = (since: string) => `---
title: 中华人民共和国行政诉讼法
doc_type: 法律
version_date: 2017-06-27
numbering_since: ${since}
---
第三十二条 代理诉讼的律师，有权按照规定查阅、复制本案有关材料。
`;
    await importer.importFile(write('admin-law.md', law('2017-06-27')), options('2025-05-01'));
    await importer.importFile(
      write(
        'evidence.md',
        '---\ntitle: 最高人民法院关于行政诉讼证据若干问题的规定\ndoc_type: 司法解释\nversion_date: 2002-07-24\n---\n第一条 根据行政诉讼法第三十二条的规定，被告负有举证责任。\n',
      ),
      options('2025-05-01'),
    );
    later();
    const cited = async () => {
      const related = await rules.related('最高人民法院关于行政诉讼证据若干问题的规定', '第一条');
      return {
        cites: related?.cites.map((h) => h.articleNumber),
        uncertain: related?.uncertain.map((h) => h.articleNumber),
      };
    };
    // Renumbered (or perhaps) in 2014: the 2017 text's 第三十二条 is not known to be the one cited in 2002.
    expect(await cited()).toEqual({ cites: [], uncertain: ['第三十二条'] });
    const again = await importer.importFile(write('admin-law.md', law('1989-04-04')), options('2025-05-02'));
    expect(again.status).toBe('unchanged');
    later();
    expect(await cited()).toEqual({ cites: ['第三十二条'], uncertain: [] });
  });
});
