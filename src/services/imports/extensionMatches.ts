import { text, type Localized } from '../../i18n/localized';
import type { SqlSession } from '../../store/migrations';

/** What an events import did with the extensions approved in Docket. */
export interface ExtensionReconciliation {
  /** 案号 of the approved requests an imported 延长审限 event matched (now 已录入). */
  readonly matched: readonly string[];
  /** 案号 of the approved requests still without a matching event in the CMS (待录入). */
  readonly awaiting: readonly string[];
}

/**
 * Matches extensions approved in Docket with the 延长审限 events the CMS now exports: same case, the
 * same length, decided no earlier than the day the judge asked in the court's time zone (an extension from before the request
 * is an earlier one), and an event no other request has claimed. A matched request becomes `entered`
 * and points at its event, so the extension counts once — as the event the 审限 engine already reads —
 * and the lists say 已录入 instead of 待录入. Runs inside the import's transaction, over every approved
 * request of the court (not only this file's cases), so an event imported before the approval is
 * found too; each match is audit-logged.
 */
export async function reconcileExtensions(
  session: SqlSession,
  courtId: number,
  actorLabel: string,
): Promise<ExtensionReconciliation> {
  const matched = await session.query<{ caseNumber: string }>(
    `WITH candidates AS (
       SELECT DISTINCT ON (r.id) r.id AS "requestId", e.id AS "eventId", c."caseNumber"
         FROM "ExtensionRequest" r
         JOIN "Case" c ON c.id = r."caseId"
         JOIN "Court" court ON court.id = r."courtId"
         JOIN "CaseEvent" e ON e."caseId" = r."caseId" AND e.kind = 'extension'
        WHERE r."courtId" = $1 AND r.status = 'approved'
          AND coalesce(e.months, 0) = r.months AND coalesce(e.days, 0) = r.days
          AND e."occurredOn" >= (r."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE court."timeZone")::date
          AND NOT EXISTS (SELECT 1 FROM "ExtensionRequest" x WHERE x."eventId" = e.id)
        ORDER BY r.id, e."occurredOn", e.id
     ), entered AS (
       UPDATE "ExtensionRequest" r
          SET status = 'entered', "eventId" = m."eventId",
              "enteredAt" = now() AT TIME ZONE 'UTC', "updatedAt" = now() AT TIME ZONE 'UTC'
         FROM candidates m
        WHERE r.id = m."requestId" AND r.status = 'approved'
        RETURNING r.id, r."eventId", m."caseNumber"
     ), audit AS (
       INSERT INTO "AuditLog" ("courtId", "actorLabel", action, entity, "entityId", before, after, "createdAt")
       SELECT $1, $2, 'extension.entered', 'ExtensionRequest', entered.id::text, '{"status":"approved"}'::jsonb,
              jsonb_build_object('status', 'entered', 'eventId', entered."eventId"), now() AT TIME ZONE 'UTC'
         FROM entered
     )
     SELECT "caseNumber" FROM entered ORDER BY "caseNumber"`,
    [courtId, actorLabel],
  );
  const awaiting = await session.query<{ caseNumber: string }>(
    `SELECT c."caseNumber" FROM "ExtensionRequest" r JOIN "Case" c ON c.id = r."caseId"
      WHERE r."courtId" = $1 AND r.status = 'approved' ORDER BY r."decidedAt", r.id`,
    [courtId],
  );
  return { matched: matched.map((row) => row.caseNumber), awaiting: awaiting.map((row) => row.caseNumber) };
}

/** How many 案号 a note names before saying how many more. */
const NAMED = 10;

function named(numbers: readonly string[], separator: string, more: (count: number) => string): string {
  const shown = numbers.slice(0, NAMED).join(separator);
  return numbers.length > NAMED ? `${shown}${more(numbers.length - NAMED)}` : shown;
}

/** The import summary's lines about Docket's approved extensions: matched now, still to be entered. */
export function reconciliationNotes(result: ExtensionReconciliation): Localized[] {
  const notes: Localized[] = [];
  if (result.matched.length > 0)
    notes.push(
      text(
        `${result.matched.length} 件在 Docket 批准的延长审限已与办案系统记录核对一致（已录入）：${named(result.matched, '、', (n) => ` 等，另 ${n} 件`)}`,
        `${result.matched.length} extensions approved in Docket matched the case system's records (entered): ${named(result.matched, ', ', (n) => ` and ${n} more`)}`,
      ),
    );
  if (result.awaiting.length > 0)
    notes.push(
      text(
        `${result.awaiting.length} 件在 Docket 批准的延长审限尚未在办案系统中找到（待录入；延长期限须一致）：${named(result.awaiting, '、', (n) => ` 等，另 ${n} 件`)}`,
        `${result.awaiting.length} extensions approved in Docket are not in the case system yet (to be entered; the length must match): ${named(result.awaiting, ', ', (n) => ` and ${n} more`)}`,
      ),
    );
  return notes;
}
