import type { PrismaClient } from '../../generated/prisma/client';
import { bulkInsert, bulkTable } from '../bulk';
import { fromDbDate } from '../dbDate';
import type { SqlSession } from '../migrations';

/**
 * Laws, interpretations and court rules (RegulationDocument, RegulationArticle, RegulationChange). They belong to
 * no court: every court in the store searches the same texts.
 */

export interface StoredArticle {
  number: string;
  ordinal: number;
  suffix: number;
  chapter: string;
  text: string;
}

interface StoredDocument {
  id: number;
  title: string;
  docType: string;
  /** YYYY-MM-DD */
  versionDate: string;
  effectiveDate: string | null;
  current: boolean;
  /** The document was repealed (every version); see src/domain/regulations/validity. */
  repealed: boolean;
  /** YYYY-MM-DD: since when its article numbers hold (src/domain/regulations/citations); null when not known. */
  numberingSince: string | null;
}

export interface StoredDocumentWithArticles extends StoredDocument {
  articles: StoredArticle[];
}

const DOCUMENT_COLUMNS = `id, title, "docType", to_char("versionDate", 'YYYY-MM-DD') AS "versionDate",
  to_char("effectiveDate", 'YYYY-MM-DD') AS "effectiveDate", current, repealed,
  to_char("numberingSince", 'YYYY-MM-DD') AS "numberingSince"`;

/** Every stored version without its articles, by title and version: the index's document order. */
export async function listDocuments(prisma: PrismaClient): Promise<StoredDocument[]> {
  return prisma.$queryRawUnsafe<StoredDocument[]>(
    `SELECT ${DOCUMENT_COLUMNS} FROM "RegulationDocument" ORDER BY title, "versionDate"`,
  );
}

/**
 * The articles of the given document versions, by document, ordinal and suffix, for building the search index.
 * Raw SQL instead of an ORM include: at 100k articles the include's row mapping cost more than the index build.
 */
export async function articlesOfDocuments(
  prisma: PrismaClient,
  documentIds: readonly number[],
): Promise<Array<StoredArticle & { documentId: number }>> {
  return prisma.$queryRawUnsafe<Array<StoredArticle & { documentId: number }>>(
    `SELECT "documentId", number, ordinal, suffix, chapter, text FROM "RegulationArticle"
     WHERE "documentId" = ANY($1::int[]) ORDER BY "documentId", ordinal, suffix`,
    `{${documentIds.join(',')}}`,
  );
}

/** The articles numbered `ordinals` (any suffix) of the given document versions. */
export async function articlesNumbered(
  prisma: PrismaClient,
  documentIds: readonly number[],
  ordinals: readonly number[],
): Promise<Array<StoredArticle & { documentId: number }>> {
  return prisma.$queryRawUnsafe<Array<StoredArticle & { documentId: number }>>(
    `SELECT "documentId", number, ordinal, suffix, chapter, text FROM "RegulationArticle"
     WHERE "documentId" = ANY($1::int[]) AND ordinal = ANY($2::int[]) ORDER BY "documentId", ordinal, suffix`,
    `{${documentIds.join(',')}}`,
    `{${ordinals.join(',')}}`,
  );
}

/**
 * Identifies the stored set of regulations. Every import that changes anything inserts a document row (a new
 * document or version; superseding happens in the same transaction) and nothing edits article text in place,
 * so the count and the highest id together change exactly when the searchable texts do — a version every
 * process can read, with no counter of its own to keep in step. The one value edited in place, `numberingSince`
 * (a rebuilt library imported again, `setNumberingSince`), counts by the sum of its days.
 */
export async function regulationsVersion(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ documents: number; lastId: number; numbered: string }>>(
    `SELECT count(*)::int AS documents, coalesce(max(id), 0)::int AS "lastId",
       coalesce(sum("numberingSince" - DATE '1900-01-01'), 0)::text AS numbered FROM "RegulationDocument"`,
  );
  return `${row?.documents ?? 0}:${row?.lastId ?? 0}:${row?.numbered ?? 0}`;
}

/**
 * `regulationsVersion` with a digest of every version's content hash and validity: what an index snapshot is keyed
 * on. Count and highest id alone could recur with other texts in a database emptied and filled again (a restored
 * backup, a test database), and a snapshot must never answer for texts it was not built from. A scalar subquery,
 * so that a statement can compare it with a key it was given (`publishIndexSnapshot`).
 */
export const REGULATIONS_FINGERPRINT_SQL = `SELECT count(*)::int || ':' || coalesce(max(id), 0)::int || ':' ||
       md5(coalesce(string_agg(id || ':' || "contentHash" || ':' || current || ':' || repealed || ':' ||
         coalesce("numberingSince"::text, ''), ',' ORDER BY id), ''))
     FROM "RegulationDocument"`;

export async function regulationsFingerprint(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ key: string }>>(`SELECT (${REGULATIONS_FINGERPRINT_SQL}) AS key`);
  return row?.key ?? '0:0:';
}

/** Serialises regulation imports, so two importers of one title cannot both think their version is the newest. */
const RULES_IMPORT_LOCK = 72707371;

export async function lockRegulationsImport(session: SqlSession): Promise<void> {
  await session.query(`SELECT pg_advisory_xact_lock(${RULES_IMPORT_LOCK})`);
}

export interface StoredVersion extends StoredDocument {
  contentHash: string;
}

export async function versionsOf(session: SqlSession, title: string): Promise<StoredVersion[]> {
  return session.query<StoredVersion>(
    `SELECT ${DOCUMENT_COLUMNS}, "contentHash" FROM "RegulationDocument" WHERE title = $1 ORDER BY "versionDate"`,
    [title],
  );
}

export interface NewDocument {
  title: string;
  docType: string;
  hierarchy: number;
  versionDate: string;
  effectiveDate: string | null;
  current: boolean;
  repealed: boolean;
  numberingSince: string | null;
  contentHash: string;
  sourceName: string;
  importedAt: Date;
}

const ARTICLES = bulkTable<StoredArticle & { documentId: number }>('RegulationArticle', [
  { name: 'documentId', type: 'int', value: (row) => row.documentId },
  { name: 'number', type: 'text', value: (row) => row.number },
  { name: 'ordinal', type: 'int', value: (row) => row.ordinal },
  { name: 'suffix', type: 'int', value: (row) => row.suffix },
  { name: 'chapter', type: 'text', value: (row) => row.chapter },
  { name: 'text', type: 'text', value: (row) => row.text },
]);

export async function insertDocument(
  session: SqlSession,
  document: NewDocument,
  articles: readonly StoredArticle[],
): Promise<number> {
  const [row] = await session.query<{ id: number }>(
    `INSERT INTO "RegulationDocument"
       (title, "docType", hierarchy, "versionDate", "effectiveDate", current, repealed, "contentHash", "sourceName",
        "importedAt", "numberingSince")
     VALUES ($1, $2, $3, $4::date, $5::date, $6, $7, $8, $9, $10::timestamp, $11::date) RETURNING id`,
    [
      document.title,
      document.docType,
      document.hierarchy,
      document.versionDate,
      document.effectiveDate,
      document.current,
      document.repealed,
      document.contentHash,
      document.sourceName,
      document.importedAt.toISOString(),
      document.numberingSince,
    ],
  );
  const id = (row as { id: number }).id;
  await bulkInsert(
    session,
    ARTICLES,
    articles.map((article) => ({ ...article, documentId: id })),
  );
  return id;
}

/** A stored version's `numberingSince`, when a re-import of the same text brings another (a rebuilt library). */
export async function setNumberingSince(session: SqlSession, id: number, numberingSince: string | null): Promise<void> {
  await session.query('UPDATE "RegulationDocument" SET "numberingSince" = $2::date WHERE id = $1', [
    id,
    numberingSince,
  ]);
}

/** Marks every other version of the title superseded: one current version per title. */
export async function supersedeOthers(session: SqlSession, title: string, currentId: number): Promise<void> {
  await session.query('UPDATE "RegulationDocument" SET current = false WHERE title = $1 AND id <> $2 AND current', [
    title,
    currentId,
  ]);
}

export async function articlesOf(session: SqlSession, documentId: number): Promise<StoredArticle[]> {
  return session.query<StoredArticle>(
    'SELECT number, ordinal, suffix, chapter, text FROM "RegulationArticle" WHERE "documentId" = $1 ORDER BY ordinal, suffix',
    [documentId],
  );
}

type ChangeKind = 'new_document' | 'new_version' | 'amended' | 'added' | 'repealed';

export interface NewChange {
  kind: ChangeKind;
  articleNumber: string | null;
  summary: string | null;
  /** When the import recorded it: from the caller's clock, so digests and tests agree on "this week". */
  createdAt: Date;
}

const CHANGES = bulkTable<NewChange & { documentId: number }>('RegulationChange', [
  { name: 'documentId', type: 'int', value: (row) => row.documentId },
  { name: 'kind', type: 'text', value: (row) => row.kind },
  { name: 'articleNumber', type: 'text', value: (row) => row.articleNumber },
  { name: 'summary', type: 'text', value: (row) => row.summary },
  { name: 'createdAt', type: 'timestamp(3)', value: (row) => row.createdAt.toISOString() },
]);

export async function insertChanges(
  session: SqlSession,
  documentId: number,
  changes: readonly NewChange[],
): Promise<void> {
  await bulkInsert(
    session,
    CHANGES,
    changes.map((change) => ({ ...change, documentId })),
  );
}

export interface ChangeRow {
  documentId: number;
  title: string;
  docType: string;
  versionDate: string;
  /** False once a still newer version has been imported. */
  current: boolean;
  /** How many articles the document has. */
  articles: number;
  kind: ChangeKind;
  articleNumber: string | null;
  summary: string | null;
  createdAt: Date;
}

/** Changes recorded at or after `since`, or those of one document version, oldest first, each with its document. */
export async function findChanges(
  prisma: PrismaClient,
  filter: { since: Date } | { documentId: number },
): Promise<ChangeRow[]> {
  const rows = await prisma.regulationChange.findMany({
    where: 'since' in filter ? { createdAt: { gte: filter.since } } : { documentId: filter.documentId },
    include: {
      document: {
        select: {
          title: true,
          docType: true,
          versionDate: true,
          current: true,
          _count: { select: { articles: true } },
        },
      },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    documentId: row.documentId,
    title: row.document.title,
    docType: row.document.docType,
    versionDate: fromDbDate(row.document.versionDate),
    current: row.document.current,
    articles: row.document._count.articles,
    kind: row.kind as ChangeKind,
    articleNumber: row.articleNumber,
    summary: row.summary,
    createdAt: row.createdAt,
  }));
}

/** One document with its articles, for opening it from a digest. */
export async function findDocument(prisma: PrismaClient, id: number): Promise<StoredDocumentWithArticles | null> {
  const [document] = await prisma.$queryRawUnsafe<StoredDocument[]>(
    `SELECT ${DOCUMENT_COLUMNS} FROM "RegulationDocument" WHERE id = $1`,
    id,
  );
  if (!document) return null;
  const articles = await prisma.$queryRawUnsafe<StoredArticle[]>(
    'SELECT number, ordinal, suffix, chapter, text FROM "RegulationArticle" WHERE "documentId" = $1 ORDER BY ordinal, suffix',
    id,
  );
  return { ...document, articles };
}
