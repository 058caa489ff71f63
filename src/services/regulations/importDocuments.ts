import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  chapterLabel,
  declaresRepealed,
  diffArticles,
  docTypeRank,
  frontMatterDate,
  historyDates,
  inferDocType,
  parseRegulationDocument,
  type ParsedRegulationDocument,
  type RegulationParseError,
} from '../../domain/regulations';
import { text, type Localized } from '../../i18n/localized';
import { UnusableFileError } from '../../cmsExports/readers';
import { readRegulationFile, type RegulationFileFormat } from './documentFile';
import type { Store } from '../../store';
import {
  articlesOf,
  insertChanges,
  insertDocument,
  lockRegulationsImport,
  setNumberingSince,
  supersedeOthers,
  versionsOf,
  type NewChange,
  type StoredArticle,
  type StoredVersion,
} from '../../store/repositories/regulations';
import type { SqlSession } from '../../store/migrations';
import { withSqlTransaction } from '../../store/transaction';
import { dayIn, systemClock, type Clock } from '../clock';
import { recordRun } from '../imports/ledger';

/**
 * - new_document: the first version of its title;
 * - new_version: newer than every stored version of its title: it becomes current, the others superseded;
 * - older_version: older than the current version: stored, searchable, marked superseded;
 * - unchanged: the same content is already stored (re-importing a file changes nothing);
 * - rejected: not imported, with the reason.
 */
type RegulationImportStatus = 'new_document' | 'new_version' | 'older_version' | 'unchanged' | 'rejected';

export interface RegulationFileOutcome {
  file: string;
  status: RegulationImportStatus;
  title?: string;
  docType?: string;
  versionDate?: string;
  articles?: number;
  /** new_version: the version it replaced and what changed against it. */
  changes?: { replaced: string; amended: readonly string[]; added: readonly string[]; repealed: readonly string[] };
  reason?: Localized;
  /** Things the importer decided on the file's behalf (a version date it did not give). */
  notes?: Localized[];
}

export interface RegulationImportOptions {
  /** The kind of documents that do not say (doc_type); default: read from the title (`inferDocType`). */
  docType?: string;
  clock?: Clock;
  /** cli:<user>, seed … — who imported, for the audit log. */
  actor: string;
}

const PARSE_REASONS: Record<RegulationParseError['kind'], (detail: string, format: RegulationFileFormat) => Localized> =
  {
    'invalid-front-matter': (detail) => text(`文件开头的 front matter 无法读取：${detail}`, detail),
    'no-title': () =>
      text(
        '没有标题：请在 front matter 中写 `title:`，或以 `# 标题` 开头',
        'no title: add front matter `title:` or a `# title` line',
      ),
    'no-articles': (_detail, format) =>
      text(
        `没有找到条文：没有以“第X条”加空格开头的行（如“第一条 为了……”）${format === 'docx' ? '。如果条号是 Word 的自动编号，请先把编号转为文字' : ''}`,
        `no articles found: no line starts with 第X条 followed by a space (e.g. "第一条 为了…")${format === 'docx' ? '. If the article numbers are Word automatic numbering, convert the numbering to text first' : ''}`,
      ),
  };

/**
 * What identifies a document's content: its title, kind, dates as the file gives them and its articles. The
 * importer's own choices (a version date taken from the import day) stay out, so an undated file re-imported on
 * a later day is still recognised as unchanged.
 */
function contentHash(parsed: ParsedRegulationDocument, docType: string): string {
  const { document } = parsed;
  const canonical = JSON.stringify([
    document.title,
    docType,
    document.versionDate,
    document.effectiveDate,
    parsed.articles.map((a) => [a.number, chapterLabel(a.chapterPath), a.text]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function excerpt(articleText: string): string {
  const flat = articleText.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** The change rows of a new current version: the version itself, then each article by number. */
function versionChanges(
  previous: StoredVersion,
  before: readonly StoredArticle[],
  after: readonly StoredArticle[],
  at: Date,
) {
  const diff = diffArticles(before, after);
  const textOf = (articles: readonly StoredArticle[]) => new Map(articles.map((a) => [a.number, a.text]));
  const newText = textOf(after);
  const oldText = textOf(before);
  const summary = `${previous.versionDate} 版被取代：修改 ${diff.amended.length} 条，新增 ${diff.added.length} 条，删除 ${diff.repealed.length} 条`;
  const rows: NewChange[] = [
    { kind: 'new_version', articleNumber: null, summary, createdAt: at },
    ...diff.amended.map((number): NewChange => ({
      kind: 'amended',
      articleNumber: number,
      summary: excerpt(newText.get(number) ?? ''),
      createdAt: at,
    })),
    ...diff.added.map((number): NewChange => ({
      kind: 'added',
      articleNumber: number,
      summary: excerpt(newText.get(number) ?? ''),
      createdAt: at,
    })),
    ...diff.repealed.map((number): NewChange => ({
      kind: 'repealed',
      articleNumber: number,
      summary: excerpt(oldText.get(number) ?? ''),
      createdAt: at,
    })),
  ];
  return { rows, diff };
}

/**
 * The longest official title in the shipped corpus has 37 characters. Longer ones are body text read as a title,
 * and a title must fit in the buttons that name an article (Slack caps a button's value at 2000 bytes).
 */
const MAX_TITLE_LENGTH = 100;

interface Prepared {
  parsed: ParsedRegulationDocument;
  docType: string;
  versionDate: string;
  hash: string;
  fileHash: string;
  notes: Localized[];
}

async function prepare(file: string, options: RegulationImportOptions, today: string): Promise<Prepared | Localized> {
  let read;
  try {
    read = await readRegulationFile(file);
  } catch (error) {
    if (error instanceof UnusableFileError) return error.reason;
    throw error;
  }
  const parsed = parseRegulationDocument(read.text, {
    fallbackTitle: path.basename(file, path.extname(file)),
    ...(options.docType ? { defaultDocType: options.docType } : {}),
  });
  if (!parsed.ok) return PARSE_REASONS[parsed.error.kind](parsed.error.reason, read.format);
  const { document } = parsed.value;
  if ([...document.title].length > MAX_TITLE_LENGTH) {
    return text(
      `标题超过 ${MAX_TITLE_LENGTH} 个字，可能是把正文当成了标题：请在 front matter 中写明 title`,
      `the title is longer than ${MAX_TITLE_LENGTH} characters, probably body text taken for a title: give the title in the front matter`,
    );
  }
  const docType = document.docType || inferDocType(document.title);
  const notes: Localized[] = [];
  // A text copied from the national database gives its dates in the 题注 under the title, not in front matter.
  const history = historyDates(parsed.value.preamble);
  const versionDate = document.versionDate ?? history.version ?? document.effectiveDate ?? history.effective ?? today;
  if (!document.versionDate) {
    notes.push(
      history.version
        ? text(
            `未写 version_date：以题注中最近一次通过或修改的日期 ${versionDate} 作为版本日期`,
            `no version_date: the latest adoption or amendment in the history under the title, ${versionDate}, is used as the version date`,
          )
        : document.effectiveDate || history.effective
          ? text(
              `未写 version_date：以施行日期 ${versionDate} 作为版本日期`,
              `no version_date: the effective date ${versionDate} is used as the version date`,
            )
          : text(
              `未写 version_date：以导入日期 ${versionDate} 作为版本日期`,
              `no version_date: the import day ${versionDate} is used as the version date`,
            ),
    );
  }
  return {
    parsed: parsed.value,
    docType,
    versionDate,
    hash: contentHash(parsed.value, docType),
    fileHash: read.fileHash,
    notes,
  };
}

/** Writes one document in one transaction: its version, its articles, superseding and the change records. */
async function writeDocument(
  session: SqlSession,
  file: string,
  prepared: Prepared,
  options: RegulationImportOptions,
  at: Date,
): Promise<{ value: RegulationFileOutcome; commit: boolean }> {
  const { parsed, docType, versionDate } = prepared;
  const title = parsed.document.title;
  const base = {
    file,
    title,
    docType,
    versionDate,
    articles: parsed.articles.length,
    ...(prepared.notes.length > 0 ? { notes: prepared.notes } : {}),
  };
  await lockRegulationsImport(session);
  const versions = await versionsOf(session, title);
  const same = versions.find((version) => version.contentHash === prepared.hash);
  if (same) {
    // The same text from a rebuilt library may say more of its numbering's history (`numbering_since`).
    const numberingSince = frontMatterDate(parsed.document.extra.numbering_since);
    if (same.numberingSince !== numberingSince) await setNumberingSince(session, same.id, numberingSince);
    return {
      value: { ...base, versionDate: same.versionDate, status: 'unchanged' },
      commit: same.numberingSince !== numberingSince,
    };
  }
  if (versions.some((version) => version.versionDate === versionDate)) {
    const reason = text(
      `《${title}》${versionDate} 版已导入，内容与本文件不同：如果这是修订后的新版本，请在 front matter 中写明新的 version_date`,
      `${title} of ${versionDate} is already stored with different text: if this file is a revised version, give it its own version_date in the front matter`,
    );
    return { value: { ...base, status: 'rejected', reason }, commit: false };
  }
  const previous = versions.find((version) => version.current);
  const newest = versions.every((version) => version.versionDate < versionDate);
  const articles: StoredArticle[] = parsed.articles.map((a) => ({
    number: a.number,
    ordinal: a.ordinal,
    suffix: a.suffix,
    chapter: chapterLabel(a.chapterPath),
    text: a.text,
  }));
  const id = await insertDocument(
    session,
    {
      title,
      docType,
      hierarchy: docTypeRank(docType),
      versionDate,
      effectiveDate: parsed.document.effectiveDate,
      current: newest,
      repealed: declaresRepealed(parsed.document.extra.status),
      numberingSince: frontMatterDate(parsed.document.extra.numbering_since),
      contentHash: prepared.hash,
      sourceName: path.basename(file),
      importedAt: at,
    },
    articles,
  );
  let outcome: RegulationFileOutcome;
  if (!newest) {
    // An older text fills in the history; it is not news, so it records no change.
    outcome = { ...base, status: 'older_version' };
  } else if (previous) {
    await supersedeOthers(session, title, id);
    const { rows, diff } = versionChanges(previous, await articlesOf(session, previous.id), articles, at);
    await insertChanges(session, id, rows);
    outcome = { ...base, status: 'new_version', changes: { replaced: previous.versionDate, ...diff } };
  } else {
    await insertChanges(session, id, [
      { kind: 'new_document', articleNumber: null, summary: `${docType}，共 ${articles.length} 条`, createdAt: at },
    ]);
    outcome = { ...base, status: 'new_document' };
  }
  await recordRun(session, {
    courtId: null,
    kind: 'rules',
    fileName: path.basename(file),
    fileHash: prepared.fileHash,
    startedAt: at,
    outcome: 'committed',
    actor: options.actor,
    summary: { status: outcome.status, title, versionDate, articles: articles.length },
  });
  return { value: outcome, commit: true };
}

/** Files under a directory, depth first in name order; hidden files and folders are left out. */
function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : entry.isFile() ? [path.join(dir, entry.name)] : [],
    );
}

export class RegulationPathError extends Error {
  override name = 'RegulationPathError';
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/**
 * Files written per transaction when a directory is imported: a transaction costs the embedded store more than
 * the rows of a small document do, so a library of laws imported one transaction per file spends most of its
 * time committing.
 */
const BATCH_FILES = 100;

/**
 * Imports laws, judicial interpretations and court rules (`docket rules import`, the demo's seed, the search
 * evaluation): each file parsed, versioned against what is stored, its changes recorded for the rules digest.
 */
export class RegulationImportService {
  constructor(private readonly deps: { store: Store }) {}

  /** One file in its own transaction. */
  async importFile(file: string, options: RegulationImportOptions): Promise<RegulationFileOutcome> {
    const at = (options.clock ?? systemClock).now();
    const prepared = await prepare(file, options, dayIn(at));
    if (!('parsed' in prepared)) return { file, status: 'rejected', reason: prepared };
    return withSqlTransaction(this.deps.store, (session) => writeDocument(session, file, prepared, options, at));
  }

  /**
   * `docket rules import <file|dir>`: one file, or every file under a directory, each in its own transaction and
   * reported on its own — a rejected file does not stop the others.
   */
  async importPath(target: string, options: RegulationImportOptions): Promise<RegulationFileOutcome[]> {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(target);
    } catch {
      throw new RegulationPathError(text(`找不到 ${target}`, `${target} does not exist`));
    }
    const files = stat.isDirectory() ? listFiles(target) : [target];
    const outcomes: RegulationFileOutcome[] = [];
    for (let start = 0; start < files.length; start += BATCH_FILES)
      outcomes.push(...(await this.importBatch(files.slice(start, start + BATCH_FILES), options)));
    return outcomes;
  }

  /**
   * Several files in one transaction, each decided and reported on its own as `importFile` does (a later
   * file sees the versions an earlier one wrote). A file that only reads (unchanged, rejected) writes nothing;
   * if the database fails midway, the batch rolls back whole and its files are imported one by one, so no file is
   * ever half-written and a failing one does not take the others with it.
   */
  private async importBatch(
    files: readonly string[],
    options: RegulationImportOptions,
  ): Promise<RegulationFileOutcome[]> {
    const at = (options.clock ?? systemClock).now();
    const prepared = await Promise.all(
      files.map(async (file) => ({ file, prepared: await prepare(file, options, dayIn(at)) })),
    );
    try {
      return await withSqlTransaction(this.deps.store, async (session) => {
        const value: RegulationFileOutcome[] = [];
        for (const { file, prepared: one } of prepared) {
          if (!('parsed' in one)) value.push({ file, status: 'rejected', reason: one });
          else value.push((await writeDocument(session, file, one, options, at)).value);
        }
        return { value, commit: true };
      });
    } catch {
      const outcomes: RegulationFileOutcome[] = [];
      for (const file of files) outcomes.push(await this.importFile(file, options));
      return outcomes;
    }
  }
}
