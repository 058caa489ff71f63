import type { PrismaClient } from '../../generated/prisma/client';
import { changesSince, type ChangeRow } from '../../store/repositories/regulations';

/** What one import did to one document: a new document, or a new version with its changed articles. */
export interface DocumentChanges {
  documentId: number;
  title: string;
  docType: string;
  versionDate: string;
  /** False once a still newer version has been imported. */
  current: boolean;
  kind: 'new_document' | 'new_version';
  /** new_document: its kind and article count; new_version: the version it replaced and the counts. */
  summary: string | null;
  recordedAt: Date;
  amended: string[];
  added: string[];
  repealed: string[];
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

/** Documents imported or changed at or after `since`, oldest first. */
export async function documentChangesSince(prisma: PrismaClient, since: Date): Promise<DocumentChanges[]> {
  return group(await changesSince(prisma, since));
}
