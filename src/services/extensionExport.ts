import { DateTime } from 'luxon';
import { csvLine } from '../cmsExports/readers/report';
import type { IsoDate, Period } from '../domain/dates';
import type { Store } from '../store';
import { fromDbDate } from '../store/dbDate';

/** One approved 延长审限 as the CMS staff enter it. */
export interface ApprovedExtension {
  /** Docket's number for the request: staff quote it back, and the 审批表 carries the same request. */
  id: number;
  caseNumber: string;
  judgeName: string;
  currentDeadline: IsoDate;
  length: Period;
  proposedDeadline: IsoDate;
  approverName: string;
  approverTitle: string | null;
  decidedAt: Date;
  reason: string;
  /** approved: still to be entered; entered: a later events import brought it (ExtensionRequest.eventId). */
  status: 'approved' | 'entered';
}

/** The 延长审限 approved in Docket, for the staff who enter them in the case-management system. */
export class ExtensionExportService {
  constructor(private readonly deps: { store: Store }) {}

  /**
   * The extensions approved in Docket since a day (court time, inclusive), oldest decision first: what
   * `docket extensions export` hands to the staff who enter them in the case-management system.
   * Entered ones stay in the list (marked), so a re-run over the same days shows what is still missing.
   */
  async approvedSince(courtId: number, since: IsoDate, timeZone = 'Asia/Shanghai'): Promise<ApprovedExtension[]> {
    const from = DateTime.fromISO(since, { zone: timeZone }).startOf('day').toJSDate();
    const rows = await this.deps.store.prisma.extensionRequest.findMany({
      where: { courtId, status: { in: ['approved', 'entered'] }, decidedAt: { gte: from } },
      orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        months: true,
        days: true,
        reason: true,
        currentDeadline: true,
        proposedDeadline: true,
        decidedAt: true,
        status: true,
        case: { select: { caseNumber: true } },
        requester: { select: { name: true } },
        decidedBy: { select: { name: true, title: true } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      caseNumber: row.case.caseNumber,
      judgeName: row.requester.name,
      currentDeadline: fromDbDate(row.currentDeadline),
      length: { months: row.months, days: row.days },
      proposedDeadline: fromDbDate(row.proposedDeadline),
      approverName: row.decidedBy?.name ?? '',
      approverTitle: row.decidedBy?.title ?? null,
      // Approved and entered requests always carry their decision (ExtensionsService.decide writes both).
      decidedAt: row.decidedAt as Date,
      reason: row.reason,
      status: row.status as 'approved' | 'entered',
    }));
  }
}

const HEADERS = [
  '案号',
  '承办人',
  '原审限届满日',
  '延长期限',
  '延长后届满日',
  '批准人',
  '批准时间',
  '理由',
  'Docket编号',
  '录入状态',
] as const;

/**
 * Free text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: a reason
 * is what the judge typed, and the CSV is opened in Excel.
 */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** 6个月, 30日, 1个月15日: the spelling `docket import events` reads back (not 一个半月). */
function periodCell(length: Period): string {
  return `${length.months > 0 ? `${length.months}个月` : ''}${length.days > 0 || length.months === 0 ? `${length.days}日` : ''}`;
}

/**
 * The CSV the CMS staff open in Excel: UTF-8 with a BOM (Excel reads BOM-less UTF-8 as the ANSI code
 * page), CRLF lines, zh-CN headers; dates as YYYY-MM-DD and the length as the events import reads it
 * (6个月, 30日), so the file can be checked against the next CMS export column by column.
 */
export function approvedExtensionsCsv(rows: readonly ApprovedExtension[], timeZone = 'Asia/Shanghai'): Buffer {
  const lines = [csvLine([...HEADERS])];
  for (const row of rows)
    lines.push(
      csvLine([
        row.caseNumber,
        row.judgeName,
        row.currentDeadline,
        periodCell(row.length),
        row.proposedDeadline,
        row.approverTitle ? `${row.approverName}（${row.approverTitle}）` : row.approverName,
        DateTime.fromJSDate(row.decidedAt, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm'),
        inert(row.reason),
        `DKT-${row.id}`,
        row.status === 'entered' ? '已录入' : '待录入',
      ]),
    );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}
