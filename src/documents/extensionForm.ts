import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { PROCEDURES } from '../domain/procedures';
import { numberToChinese } from '../domain/regulations/numerals';
import { periodZh } from '../i18n/extensions';
import type { ExtensionRequestView } from '../services/extensions';

/**
 * 延长审理期限审批表: the form a court files with the case, prefilled from the request — case, parties,
 * judge, dates, the length and reason asked, the rule and its citations, and the opinions of the judge,
 * the 庭长 (left for a signature) and the approver (the decision once made). Built with the `docx`
 * library as a Word document on A4, in the fonts court forms use (仿宋 body, 宋体 bold title, 黑体 labels);
 * Word and WPS substitute their own CJK fonts where these names are missing.
 */

export interface ExtensionFormOptions {
  /** When the form was generated (its footer); a Date in the court's time zone is formatted by the caller. */
  generatedOn: string;
  timeZone: string;
}

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const LABEL_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
/** Half-points: 小二 18pt for the title, 三号 16pt for the court, 11pt for the table, 五号 10.5pt for notes. */
const TITLE_SIZE = 36;
const COURT_SIZE = 32;
const BODY_SIZE = 22;
const NOTE_SIZE = 21;

/** A4, one page, with the side margins of official documents (GB/T 9704: 28 mm left, 26 right). */
const PAGE = { width: 210, height: 297, top: 28, bottom: 25, left: 28, right: 26 };
const TABLE_WIDTH = convertMillimetersToTwip(PAGE.width - PAGE.left - PAGE.right);
/** Label column, value column, label column, value column. */
const COLUMNS = [0.16, 0.37, 0.16, 0.31].map((share) => Math.round(TABLE_WIDTH * share));

const LINE = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

function run(text: string, options: { bold?: boolean; font?: typeof BODY_FONT; size?: number } = {}): TextRun {
  return new TextRun({
    text,
    font: options.font ?? BODY_FONT,
    size: options.size ?? BODY_SIZE,
    ...(options.bold ? { bold: true } : {}),
  });
}

/** Lines of text as paragraphs (a cell's content), each line its own paragraph. */
function lines(
  text: string,
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; font?: typeof BODY_FONT } = {},
): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: options.align ?? AlignmentType.LEFT,
        spacing: { line: 300 },
        children: [run(line, { font: options.font ?? BODY_FONT })],
      }),
  );
}

function labelCell(text: string): TableCell {
  return new TableCell({
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: COLUMNS[0] as number, type: WidthType.DXA },
    margins: { left: 80, right: 80 },
    children: lines(text, { align: AlignmentType.CENTER, font: LABEL_FONT }),
  });
}

function valueCell(text: string, span = 1): TableCell {
  const width = span === 1 ? (COLUMNS[1] as number) : TABLE_WIDTH - (COLUMNS[0] as number);
  return new TableCell({
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    columnSpan: span,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 120, right: 120, top: 40, bottom: 40 },
    children: lines(text),
  });
}

function row(cells: TableCell[], height?: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: cells,
    ...(height ? { height: { value: convertMillimetersToTwip(height), rule: HeightRule.ATLEAST } } : {}),
  });
}

/** A date as a form writes it: 2025年6月16日. */
export function formDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function dayOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** An opinion box: what was said, then the signature line with name and date (blank for a hand to fill in). */
function opinion(text: string, signer: string | null, on: string | null): string {
  const signature = `签名：${signer ?? '\u3000\u3000\u3000\u3000\u3000\u3000'}\u3000\u3000\u3000${on ?? '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日'}`;
  return `${text}\n\n${signature}`;
}

function procedureZh(key: string): string {
  return PROCEDURES.isKey(key) ? PROCEDURES.get(key).zh : key;
}

/** When to apply, as the law for this kind of case says (延长审限规定 §1, 刑诉法解释 §210), for the form's note. */
function timingNote(ruleId: string): string {
  if (ruleId.startsWith('civil.'))
    return '延长审理期限应当在审限届满十五日前向院长提出申请，院长应当在审限届满五日前作出决定；需再次延长的，应当在期限届满十五日前报请上级人民法院批准。';
  if (ruleId.startsWith('criminal.'))
    return '需要延长审理期限的，应当在期限届满十五日前层报；有权决定的人民法院不同意的，应当在审限届满五日前作出决定。';
  return '延长审理期限应当在审限届满前提出申请，由有权批准的人员审批。';
}

/** The form's content as rows of the table, from the request. */
function tableRows(request: ExtensionRequestView, options: ExtensionFormOptions): TableRow[] {
  const length = periodZh(request.length);
  const asked = `${length}（审限届满日由${formDate(request.currentDeadline)}延长至${formDate(request.proposedDeadline)}）`;
  const judgeOpinion = opinion(
    `本案适用${request.ruleTitle}审理，审限将于${formDate(request.currentDeadline)}届满，因上述理由不能按期审结，申请延长审理期限${length}。`,
    request.requester.name,
    formDate(dayOf(request.createdAt, options.timeZone)),
  );
  const decided = request.decidedAt ? formDate(dayOf(request.decidedAt, options.timeZone)) : null;
  const approverOpinion =
    request.status === 'pending'
      ? opinion('\n', null, null)
      : request.status === 'rejected'
        ? opinion(`不同意延长审理期限。理由：${request.decisionNote ?? ''}`, request.decidedBy?.name ?? null, decided)
        : opinion(
            `同意延长审理期限${length}，审限届满日延长至${formDate(request.proposedDeadline)}。`,
            request.decidedBy?.name ?? null,
            decided,
          );
  return [
    row([labelCell('案　　号'), valueCell(request.caseNumber, 3)], 9),
    row([labelCell('案　　由'), valueCell(request.cause), labelCell('审判团队'), valueCell(request.teamName ?? '')], 9),
    row([labelCell('当 事 人'), valueCell(request.parties ?? '', 3)], 11),
    row(
      [
        labelCell('承办法官'),
        valueCell(request.requester.name),
        labelCell('适用程序'),
        valueCell(procedureZh(request.procedure)),
      ],
      9,
    ),
    row(
      [
        labelCell('立案日期'),
        valueCell(formDate(request.filedOn)),
        labelCell('审限届满日'),
        valueCell(formDate(request.currentDeadline)),
      ],
      9,
    ),
    row(
      [
        labelCell('已延长次数'),
        valueCell(
          `${numberToChinese(request.earlierExtensions)}次（本次为第${numberToChinese(request.stepNumber)}次）`,
        ),
        labelCell('扣除审限'),
        valueCell(request.excludedDays > 0 ? `${request.excludedDays}日` : '无'),
      ],
      9,
    ),
    row(
      [
        labelCell('审 批 人'),
        valueCell(`${request.approverTitle}${request.approver ? `\u3000${request.approver.name}` : ''}`),
        labelCell('申请截止日'),
        valueCell(request.applyBy ? formDate(request.applyBy) : '审限届满前'),
      ],
      9,
    ),
    row([labelCell('申请延长\n期　　限'), valueCell(asked, 3)], 11),
    row([labelCell('申请理由'), valueCell(request.reason, 3)], 26),
    row([labelCell('法律依据'), valueCell(request.basis, 3)], 15),
    row([labelCell('承办法官\n意　　见'), valueCell(judgeOpinion, 3)], 24),
    row([labelCell('庭长意见'), valueCell(opinion('\n', null, null), 3)], 22),
    row([labelCell(`${request.approverTitle}\n审批意见`), valueCell(approverOpinion, 3)], 24),
  ];
}

/** The 审批表 as a .docx file. */
export async function renderExtensionForm(
  request: ExtensionRequestView,
  options: ExtensionFormOptions,
): Promise<Buffer> {
  const document = new Document({
    creator: '审执质效助手 Docket',
    title: `延长审理期限审批表 ${request.caseNumber}`,
    description: `延长审限申请 #${request.id}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(PAGE.width), height: convertMillimetersToTwip(PAGE.height) },
            margin: {
              top: convertMillimetersToTwip(PAGE.top),
              bottom: convertMillimetersToTwip(PAGE.bottom),
              left: convertMillimetersToTwip(PAGE.left),
              right: convertMillimetersToTwip(PAGE.right),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [run(request.courtName, { font: TITLE_FONT, size: COURT_SIZE, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run('延长审理期限审批表', { font: TITLE_FONT, size: TITLE_SIZE, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 120 },
            children: [run(`申请编号：${request.id}\u3000\u3000填表日期：${options.generatedOn}`, { size: NOTE_SIZE })],
          }),
          new Table({
            layout: TableLayoutType.FIXED,
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths: COLUMNS,
            rows: tableRows(request, options),
          }),
          new Paragraph({
            spacing: { before: 160, line: 300 },
            children: [run(`注：1. ${timingNote(request.ruleId)}`, { size: NOTE_SIZE })],
          }),
          new Paragraph({
            spacing: { line: 300 },
            children: [run('2. 本表经审批后附卷，批准延长的，由审判管理部门录入办案系统。', { size: NOTE_SIZE })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
