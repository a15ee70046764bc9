import { z } from 'zod';
import { ArticleIdSchema, IssueIdSchema } from './library';

/**
 * Printing and exporting. The renderer names what to print or export (ids) and how (options);
 * the core builds the document. A file export is written by the core into a private spool and
 * handed over by a one-time token: browser mode fetches its bytes as a download, Electron's main
 * process moves it to the path the person chose in a save dialog.
 */

export const PAPER_SIZES = ['A4', 'A5'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Body sizes in points, by their names in Chinese typesetting: 小四, 四号, 三号 (GB/T 9704), 小二. */
export const PRINT_FONT_SIZES = [12, 14, 16, 18] as const;
export type PrintFontSize = (typeof PRINT_FONT_SIZES)[number];

export const PrintOptionsSchema = z.strictObject({
  paper: z.enum(PAPER_SIZES).default('A4'),
  fontSize: z.literal(PRINT_FONT_SIZES).default(16),
  /** Highlights as underline + shading, notes as numbered endnotes. */
  annotations: z.boolean().default(false),
});
export type PrintOptions = z.output<typeof PrintOptionsSchema>;
export const DEFAULT_PRINT_OPTIONS: PrintOptions = { paper: 'A4', fontSize: 16, annotations: false };

/** What to print or export: one article, one issue, a print basket, or (exports only) everything. */
const ArticleTarget = z.strictObject({ kind: z.literal('article'), articleId: ArticleIdSchema });
const IssueTarget = z.strictObject({ kind: z.literal('issue'), issueId: IssueIdSchema });
const BasketTarget = z.strictObject({ kind: z.literal('articles'), articleIds: z.array(ArticleIdSchema).min(1).max(2000) });
export const PrintTargetSchema = z.discriminatedUnion('kind', [ArticleTarget, IssueTarget, BasketTarget]);
export const ExportTargetSchema = z.discriminatedUnion('kind', [
  ArticleTarget,
  IssueTarget,
  BasketTarget,
  z.strictObject({ kind: z.literal('all') }),
]);
export type ExportTarget = z.infer<typeof ExportTargetSchema>;
export type PrintTarget = z.infer<typeof PrintTargetSchema>;

export const EXPORT_FORMATS = ['pdf', 'docx', 'html', 'md', 'txt', 'json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const TEXT_ENCODINGS = ['utf-8', 'gb18030'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/**
 * One node of a print document: text, or an element from a short list. The renderer draws it
 * with React (text stays text), the HTML export serialises it with escaping: no markup from a
 * bulletin ever reaches either as markup.
 */
export const PRINT_TAGS = [
  'div',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'h1',
  'h2',
  'h3',
  'p',
  'span',
  'ol',
  'li',
  'mark',
  'sup',
] as const;
export type PrintTag = (typeof PRINT_TAGS)[number];
export interface PrintElement {
  tag: PrintTag;
  /** Class names from the print stylesheet. */
  cls?: string;
  id?: string;
  lang?: string;
  children?: PrintNode[];
}
export type PrintNode = string | PrintElement;

export interface PrintDocumentView {
  /** For the window title and the file name. */
  title: string;
  root: PrintElement;
  /** The print stylesheet for this paper size and body size (pages, margins, running header). */
  css: string;
  /** Whether the contents show the pages the document actually prints at (a browser was found). */
  pagesKnown: boolean;
  /** Why they are not, in words a person can act on. */
  notice: string | null;
  /** Annotations that could not be placed in the printed text (printed after the title instead). */
  warnings: PrintWarning[];
}

/** Something the print document could not do as asked, for the print view to say. */
export interface PrintWarning {
  code: 'highlight-not-placed';
  articleId: string;
  title: string;
  quote: string;
}

export interface PreparedExport {
  token: string;
  fileName: string;
  mime: string;
  bytes: number;
}

/** A prepared file in the export spool, by one-time token. */
export const ExportTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);

export const exportMethods = {
  'print.document': { input: z.strictObject({ target: PrintTargetSchema, options: PrintOptionsSchema }) },
  'export.prepare': {
    input: z.strictObject({
      target: ExportTargetSchema,
      format: z.enum(EXPORT_FORMATS),
      encoding: z.enum(TEXT_ENCODINGS).default('utf-8'),
      options: PrintOptionsSchema,
    }),
  },
  /** Browser mode: the prepared file's bytes, once; the spool forgets it afterwards. */
  'export.take': { input: z.strictObject({ token: ExportTokenSchema }) },
} as const;

export interface ExportOutputs {
  'print.document': PrintDocumentView;
  'export.prepare': PreparedExport;
  'export.take': { fileName: string; mime: string; dataBase64: string };
}
