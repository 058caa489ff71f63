import type { IsoDate } from '../../domain/dates';
import { addDays } from '../../domain/digests';
import type { PrismaClient } from '../../generated/prisma/client';
import { previousRunStart } from '../../store/repositories/digestRuns';
import {
  findChanges,
  findDocument,
  type ChangeRow,
  type StoredDocumentWithArticles,
} from '../../store/repositories/regulations';
import { instantAt } from '../digests/cron';

/** What one import did to one document: a new document, or a new version with its changed articles. */
export interface DocumentChanges extends Pick<
  ChangeRow,
  'documentId' | 'title' | 'docType' | 'versionDate' | 'current' | 'articles'
> {
  kind: 'new_document' | 'new_version';
  /** new_document: its kind and article count; new_version: the version it replaced and the counts. */
  summary: string | null;
  recordedAt: Date;
  amended: string[];
  added: string[];
  repealed: string[];
}

/** A changed document version opened from the 规章更新 digest: its articles and what its import changed. */
export interface ChangedDocument extends StoredDocumentWithArticles {
  change: DocumentChanges | null;
}

/** The rows of each import grouped under their document, in the order they were recorded. */
function group(rows: readonly ChangeRow[]): DocumentChanges[] {
  const byDocument = new Map<number, DocumentChanges>();
  for (const row of rows) {
    let entry = byDocument.get(row.documentId);
    if (!entry) {
      entry = {
        documentId: row.documentId,
        title: row.title,
        docType: row.docType,
        versionDate: row.versionDate,
        current: row.current,
        articles: row.articles,
        kind: 'new_document',
        summary: null,
        recordedAt: row.createdAt,
        amended: [],
        added: [],
        repealed: [],
      };
      byDocument.set(row.documentId, entry);
    }
    if (row.kind === 'new_document' || row.kind === 'new_version') {
      entry.kind = row.kind;
      entry.summary = row.summary;
    } else if (row.articleNumber !== null) {
      entry[row.kind].push(row.articleNumber);
    }
  }
  return [...byDocument.values()];
}

/** What regulation imports changed: for the 规章更新 digest, `docket rules changes` and opening a changed document. */
export class RegulationChangesService {
  constructor(private readonly deps: { prisma: PrismaClient }) {}

  /** Documents imported or changed at or after `since`, oldest first. */
  async since(since: Date): Promise<DocumentChanges[]> {
    return group(await findChanges(this.deps.prisma, { since }));
  }

  /**
   * What a court's weekly 规章更新 reports: the changes recorded since its previous rules digest began, so a week
   * without an occasion (a holiday Friday) loses nothing; the first digest looks back to the start of the week
   * before its own. A change recorded while a digest was being sent may appear in two digests, never in none.
   */
  async forRulesDigest(
    courtId: number,
    period: { key: string; from: IsoDate },
    timeZone: string,
  ): Promise<DocumentChanges[]> {
    const since =
      (await previousRunStart(this.deps.prisma, courtId, 'rules', period.key)) ??
      instantAt(addDays(period.from, -7), 0, timeZone);
    return this.since(since);
  }

  /** One document version with its articles and what its import changed, for opening it from the digest. */
  async document(documentId: number): Promise<ChangedDocument | null> {
    const document = await findDocument(this.deps.prisma, documentId);
    if (!document) return null;
    const [change] = group(await findChanges(this.deps.prisma, { documentId }));
    return { ...document, change: change ?? null };
  }
}
