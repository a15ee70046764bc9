import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  convertMillimetersToTwip,
} from 'docx';
import type { Article, Issue } from '../../../shared/catalog';
import type { PrintOptions } from '../../../shared/contract/export';
import { issueNumberLabel } from '../../../shared/format';
import type { PrintGroup, PrintSource } from './print/print-source';
import { formatDate } from './print/print-tree';
import { colophonLines } from '../../../shared/masthead';

/**
 * A real Word document: Title for the masthead, Heading 1 for article titles (so Word's
 * navigation pane and the contents field list them), Heading 2 for sub-headings, body paragraphs
 * indented two characters, A4/A5 with the GB/T 9704 margins, `— 3 —` page numbers and a
 * running header. Faces are named as Chinese Word installs them; Word substitutes any missing.
 */
const FONT = { body: '仿宋', title: '宋体', hei: '黑体' } as const;
const PAGE = {
  A4: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 },
  A5: { width: 148, height: 210, top: 25, bottom: 24, left: 20, right: 18 },
} as const;

export async function printSourceToDocx(source: PrintSource, options: Pick<PrintOptions, 'paper' | 'fontSize'>): Promise<Uint8Array> {
  const half = options.fontSize * 2;
  const page = PAGE[options.paper];
  const body: (Paragraph | TableOfContents)[] = [];
  if (source.kind === 'articles') {
    body.push(titleParagraph(source.title), ...tocBlock());
  }
  for (const group of source.groups) body.push(...groupBlocks(group, source.kind === 'articles', options.fontSize * 40));
  const doc = new Document({
    creator: '内刊档案 Bulletin Archive',
    title: source.title,
    styles: {
      default: {
        document: {
          run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONT.body }, size: half },
          paragraph: { spacing: { line: Math.round(options.fontSize * 1.75 * 20), lineRule: LineRuleType.EXACT } },
        },
        heading1: {
          run: { font: { ascii: 'Times New Roman', eastAsia: FONT.title }, size: Math.round(half * 1.375), bold: true, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 240, line: Math.round(options.fontSize * 2.2 * 20), lineRule: LineRuleType.EXACT },
            keepNext: true,
          },
        },
        heading2: {
          run: { font: { ascii: 'Times New Roman', eastAsia: FONT.hei }, size: half, bold: false, color: '000000' },
          paragraph: { indent: { firstLine: options.fontSize * 40 }, keepNext: true },
        },
        title: {
          run: { font: { ascii: 'Times New Roman', eastAsia: FONT.title }, size: Math.round(half * 2.6), color: 'CC0000', bold: true },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { line: Math.round(options.fontSize * 3.6 * 20), lineRule: LineRuleType.EXACT },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(page.width), height: convertMillimetersToTwip(page.height) },
            margin: {
              top: convertMillimetersToTwip(page.top),
              bottom: convertMillimetersToTwip(page.bottom),
              left: convertMillimetersToTwip(page.left),
              right: convertMillimetersToTwip(page.right),
              header: convertMillimetersToTwip(page.top / 2),
              footer: convertMillimetersToTwip(page.bottom / 2),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: runningHeader(source), size: 18 })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: { eastAsia: '宋体' } })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** `indent`: two characters of body text, in twips. */
function groupBlocks(group: PrintGroup, inBasket: boolean, indent: number): (Paragraph | TableOfContents)[] {
  const out: (Paragraph | TableOfContents)[] = [];
  if (group.wholeIssue) {
    out.push(...mastheadBlocks(group.issue), ...tocBlock());
  } else if (!inBasket || group.articles.length > 0) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [new TextRun({ text: `${group.issue.series}　${issueNumberLabel(group.issue, 'zh')}`, size: 21 })],
      }),
    );
  }
  group.articles.forEach((article, index) => out.push(...articleBlocks(article, group.wholeIssue && index === 0, indent)));
  if (group.wholeIssue) {
    const colophon = colophonLines(group.issue);
    if (colophon.length > 0) {
      out.push(
        new Paragraph({
          spacing: { before: 480 },
          border: {
            top: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
            bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
          },
          children: [new TextRun(colophon.join('　　'))],
        }),
      );
    }
  }
  return out;
}

function mastheadBlocks(issue: Issue): Paragraph[] {
  const line = [issue.publisher ?? '', issue.date ? formatDate(issue.date) : ''].filter((v) => v !== '').join('　　');
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(issue.series)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(issueNumberLabel(issue, 'zh'))] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: 'CC0000', space: 4 } },
      children: [new TextRun({ text: line, size: 24 })],
    }),
  ];
}

function titleParagraph(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text)] });
}

function tocBlock(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: '目　录', font: { eastAsia: FONT.hei } })],
    }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-1' }),
  ];
}

function articleBlocks(article: Article, newPage: boolean, indent: number): Paragraph[] {
  const out: Paragraph[] = [];
  if (article.column)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        pageBreakBefore: newPage,
        children: [new TextRun({ text: `【${article.column}】`, font: { eastAsia: FONT.hei } })],
      }),
    );
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage && !article.column, children: [new TextRun(article.title)] }),
  );
  for (const section of article.sections) {
    if (section.heading) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    for (const text of section.paragraphs)
      out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: indent }, children: [new TextRun(text)] }));
  }
  if (article.source) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`（来源：${article.source}）`)] }));
  return out;
}

function runningHeader(source: PrintSource): string {
  const first = source.groups[0];
  if (source.kind !== 'articles' && first) return `${first.issue.series}　${issueNumberLabel(first.issue, 'zh')}`;
  return source.title;
}
