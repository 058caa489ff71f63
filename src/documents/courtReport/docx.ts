import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
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
import type { CourtReportLayout, DocumentBlock, TableCell as LayoutCell } from './layout';

/**
 * A report layout set as a Word document the way a court's 审管办 circulates one: A4 with the margins of
 * official documents (GB/T 9704), the title in 宋体 (小标宋 where installed) 二号, the body in 仿宋 三号,
 * headings in 黑体, tables in 仿宋 五号, the issuer and date bottom right. Word and WPS substitute their
 * own CJK fonts where these names are missing.
 */

const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
const BODY_FONT = font('仿宋');
const TITLE_FONT = font('宋体');
const HEADING_FONT = font('黑体');
/** Half-points: 二号 22pt title, 小二 18pt issuing line, 三号 16pt body, 小四 12pt captions, 小五 9pt tables, 五号 10.5pt notes. */
const SIZE = { title: 44, court: 36, body: 32, caption: 24, table: 18, note: 21 };
/** GB/T 9704: 28 mm lines of 三号, 37 mm top, 35 mm bottom, 28 mm left, 26 mm right. */
const PAGE = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 };
const TEXT_WIDTH_MM = PAGE.width - PAGE.left - PAGE.right;
const TEXT_WIDTH = convertMillimetersToTwip(TEXT_WIDTH_MM);
/** Line spacing of the body: fixed 28 pt (in twips), as 公文 set 22 lines a page. */
const BODY_LINE = 560;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

/** The red of a 红头 (the issuing line and its rule). */
const RED = 'C00000';

function run(
  text: string,
  options: { font?: typeof BODY_FONT; size?: number; bold?: boolean; color?: string } = {},
): TextRun {
  return new TextRun({
    text,
    font: options.font ?? BODY_FONT,
    size: options.size ?? SIZE.body,
    ...(options.bold ? { bold: true } : {}),
    ...(options.color ? { color: options.color } : {}),
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(content: LayoutCell, width: number, header: boolean): TableCell {
  return new TableCell({
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    ...(content.rowSpan && content.rowSpan > 1 ? { rowSpan: content.rowSpan } : {}),
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : ALIGN[content.align ?? 'left'],
        children: [run(content.text, { size: SIZE.table, ...(header ? { font: HEADING_FONT } : {}) })],
      }),
    ],
  });
}

function table(block: Extract<DocumentBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const total = block.widths.reduce((sum, share) => sum + share, 0);
  const widths = block.widths.map((share) => Math.floor((TEXT_WIDTH * share) / total));
  // Which columns a rowSpan above still covers, row by row, so each cell gets its column's width.
  const covered: number[] = widths.map(() => 0);
  const rows = block.rows.map((cells) => {
    const placed: TableCell[] = [];
    let next = 0;
    for (let column = 0; column < widths.length; column++) {
      if ((covered[column] as number) > 0) {
        covered[column] = (covered[column] as number) - 1;
        continue;
      }
      const content = cells[next++];
      if (!content) break;
      if (content.rowSpan && content.rowSpan > 1) covered[column] = content.rowSpan - 1;
      placed.push(cell(content, widths[column] as number, false));
    }
    return new TableRow({ cantSplit: true, children: placed });
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 80 },
      keepNext: true,
      children: [run(block.caption, { font: HEADING_FONT, size: SIZE.caption })],
    }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.header.map((text, column) => cell({ text }, widths[column] as number, true)),
        }),
        ...rows,
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** The PNG's size in pixels from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function chart(block: Extract<DocumentBlock, { kind: 'chart' }>, png: Buffer): Paragraph[] {
  const size = pngSize(png);
  // docx sizes images in pixels at 96 to the inch; the chart takes the text's width at most.
  const maxWidth = Math.floor((TEXT_WIDTH_MM / 25.4) * 96);
  const scale = Math.min(1, maxWidth / size.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
          altText: { name: block.caption, description: block.caption, title: block.caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [run(block.caption, { font: HEADING_FONT, size: SIZE.caption })],
    }),
  ];
}

function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 640 },
    spacing: { line: BODY_LINE },
    children: [run(text)],
  });
}

function blocksOf(layout: CourtReportLayout, png: Buffer | null): (Paragraph | Table)[] {
  return layout.blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            indent: { firstLine: 640 },
            spacing: { line: BODY_LINE },
            keepNext: true,
            children: [run(block.text, { font: HEADING_FONT })],
          }),
        ];
      case 'paragraph':
        return [body(block.text)];
      case 'table':
        return table(block);
      case 'chart':
        return png ? chart(block, png) : [];
    }
  });
}

/** The report as a .docx file; `chart` is the team chart's PNG, placed where the layout has its block. */
export async function renderReportDocx(layout: CourtReportLayout, chartPng: Buffer | null): Promise<Buffer> {
  const document = new Document({
    creator: layout.signature,
    title: layout.title,
    description: `${layout.kindName} ${layout.range}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
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
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: BODY_FONT, size: SIZE.note }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 160 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
            children: [
              run(layout.issuingLine, {
                font: TITLE_FONT,
                size: SIZE.court,
                bold: true,
                color: RED,
              }),
            ],
          }),
          ...layout.titleLines.map(
            (line, index) =>
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { line: 640, ...(index === 0 ? { before: 360 } : {}) },
                children: [run(line, { font: TITLE_FONT, size: SIZE.title, bold: true })],
              }),
          ),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            children: [run(layout.range, { font: font('楷体') })],
          }),
          new Paragraph({ spacing: { line: BODY_LINE }, children: [run(layout.addressee)] }),
          ...blocksOf(layout, chartPng),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 480, line: BODY_LINE },
            keepNext: true,
            indent: { right: 640 },
            children: [run(layout.signature)],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { line: BODY_LINE },
            indent: { right: 640 },
            children: [run(layout.issuedOn)],
          }),
          ...layout.notes.map(
            (note, index) =>
              new Paragraph({
                spacing: { line: 360, ...(index === 0 ? { before: 240 } : {}) },
                indent: { left: 420, hanging: 420 },
                children: [
                  run(`${index === 0 ? layout.notesLabel : '\u3000\u3000'}${index + 1}. ${note}`, { size: SIZE.note }),
                ],
              }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
