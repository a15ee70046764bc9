import { promises as fs } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { ExportFormat, ExportTarget, PrintOptions, PrintTarget, PrintWarning, TextEncoding } from '../../../shared/contract/export';
import { ArchiveError } from '../errors';
import type { Library } from '../library';
import { originalFile } from '../library/layout';
import { articleFileStem, issueFileStem } from './file-names';
import { loadIssueDocument } from './issue-document';
import type { PdfEngine } from './pdf/pdf-engine';
import { NO_PRINT_ANNOTATIONS } from './print/print-annotations';
import type { PrintAnnotationSource, PrintAnnotations } from './print/print-annotations';
import { layOutPrintDocument } from './print/print-document';
import type { MeasuredPages } from './print/measured-pages';
import { printHtmlPage } from './print/print-html';
import { loadPrintSource } from './print/print-source';
import type { PrintSource } from './print/print-source';
import { catalogueRows, catalogueToCsv, catalogueToXlsx } from './to-catalogue';
import { printSourceToDocx } from './to-docx';
import { issueToJson } from './to-json';
import { printSourceToMarkdown } from './to-markdown';
import { printSourceToText } from './to-text';
import { issueIdOfArticle } from '../../../shared/ids';

/** One file of an export: its name (not yet made safe or unique), type and bytes. */
export interface ExportedFile {
  stem: string;
  ext: string;
  mime: string;
  bytes: Uint8Array;
  /** Annotations the printed document could not place where they belong (printed after the title instead). */
  warnings?: readonly PrintWarning[];
}

export interface ExportRequest {
  target: ExportTarget;
  format: ExportFormat;
  encoding: TextEncoding;
  options: PrintOptions;
}

export interface ExportServices {
  /** The PDF engine, made on first need (launching a browser is slow). */
  pdf(): PdfEngine;
  annotations: PrintAnnotationSource;
  tagsOf(articleId: string): readonly string[];
  /** Pages the print view already measured, so an export of the same document prints once. */
  measured?: MeasuredPages;
}

export const MIME: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** How many files a request makes, for progress: one per issue for `--all`, else one. */
export function plannedDocuments(library: Library, request: Pick<ExportRequest, 'target' | 'format'>): PrintTarget[] | null {
  if (request.format === 'csv' || request.format === 'xlsx') return null;
  if (request.target.kind !== 'all') return [request.target];
  return library.listIssues().map((issue) => ({ kind: 'issue', issueId: issue.id }));
}

/** The names the files of a request will have, in order, before any is made (to refuse overwrites first). */
export function plannedStems(library: Library, request: Pick<ExportRequest, 'target' | 'format'>): { stem: string; ext: string }[] {
  const documents = plannedDocuments(library, request);
  if (documents === null) {
    const ext = request.format === 'xlsx' ? 'xlsx' : 'csv';
    if (request.target.kind === 'all') return [{ stem: catalogueStem(), ext }];
    return [{ stem: `${targetStem(library, request.target)} 目录`, ext }];
  }
  return documents.map((target) => ({ stem: targetStem(library, target), ext: request.format }));
}

function targetStem(library: Library, target: PrintTarget): string {
  switch (target.kind) {
    case 'issue':
      return issueFileStem(library.getIssue(target.issueId));
    case 'article': {
      const issue = library.getIssue(issueIdOfArticle(target.articleId));
      const article = issue.articles.find((a) => a.id === target.articleId);
      if (!article) throw new ArchiveError('not-found', `No article with id ${target.articleId} in this library.`);
      return articleFileStem(issue, article);
    }
    case 'articles':
      return basketStem();
    default: {
      const never: never = target;
      return String(never);
    }
  }
}

const today = (): string => new Date().toISOString().slice(0, 10);
const catalogueStem = (): string => `内刊档案目录 ${today()}`;
const basketStem = (): string => `文章选编 ${today()}`;

/**
 * The files of an export, one at a time (a caller writes each before the next is made). A
 * catalogue (csv, xlsx) is always one file; `all` in the other formats is one file per issue.
 */
export async function* exportFiles(library: Library, request: ExportRequest, services: ExportServices): AsyncGenerator<ExportedFile> {
  const documents = plannedDocuments(library, request);
  if (documents === null) {
    yield await catalogueFile(library, request, services);
    return;
  }
  if (documents.length === 0) throw new ArchiveError('not-found', 'The library has no issues to export yet.');
  for (const target of documents) yield await documentFile(library, target, request, services);
}

async function documentFile(
  library: Library,
  target: PrintTarget,
  request: ExportRequest,
  services: ExportServices,
): Promise<ExportedFile> {
  const source = await loadPrintSource(library, target);
  const stem = stemOf(source);
  const ext = request.format;
  const mime = MIME[request.format];
  switch (request.format) {
    case 'pdf': {
      const annotations = await printAnnotations(source, request.options, services);
      const { pdf } = await layOutPrintDocument(source, request.options, annotations, services.pdf(), { pdf: true }, services.measured);
      if (!pdf) throw new Error('the PDF engine returned nothing');
      return { stem, ext, mime, bytes: pdf, warnings: annotations.warnings };
    }
    case 'html': {
      const annotations = await printAnnotations(source, request.options, services);
      // Without a browser the contents carry no page numbers; the HTML is still complete.
      let engine: PdfEngine | null = null;
      try {
        engine = services.pdf();
      } catch {
        engine = null;
      }
      const laidOut = await layOutPrintDocument(source, request.options, annotations, engine, { pdf: false }, services.measured).catch(() =>
        layOutPrintDocument(source, request.options, annotations, null, { pdf: false }),
      );
      return { stem, ext, mime, bytes: utf8(printHtmlPage(laidOut.view, laidOut.fontFaces)), warnings: annotations.warnings };
    }
    case 'docx':
      return { stem, ext, mime, bytes: await printSourceToDocx(source, request.options) };
    case 'md':
      return { stem, ext, mime, bytes: utf8(printSourceToMarkdown(source)) };
    case 'txt': {
      const text = printSourceToText(source);
      if (request.encoding === 'gb18030') {
        // Old office software: GB18030 with Windows line ends.
        return {
          stem,
          ext,
          mime: 'text/plain; charset=gb18030',
          bytes: new Uint8Array(iconv.encode(text.replace(/\n/g, '\r\n'), 'gb18030')),
        };
      }
      return { stem, ext, mime, bytes: utf8(text) };
    }
    case 'json': {
      if (target.kind !== 'issue')
        throw new ArchiveError(
          'bad-input',
          'JSON exports whole issues (to be imported again elsewhere): choose an issue, or export everything.',
        );
      const doc = await loadIssueDocument(library, library.getIssue(target.issueId));
      const original = await fs
        .readFile(path.join(library.dir, originalFile(doc.issue.original.sha256, doc.issue.original.ext)))
        .catch(() => null);
      return { stem, ext, mime, bytes: utf8(issueToJson(doc, original)) };
    }
    case 'csv':
    case 'xlsx':
      return catalogueFile(library, request, services);
    default: {
      const never: never = request.format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

async function catalogueFile(library: Library, request: ExportRequest, services: Pick<ExportServices, 'tagsOf'>): Promise<ExportedFile> {
  let items: { issue: ReturnType<Library['getIssue']>; article: ReturnType<Library['getIssue']>['articles'][number] }[];
  let stem: string;
  if (request.target.kind === 'all') {
    const issues = library.listIssues().map((summary) => library.getIssue(summary.id));
    items = issues.flatMap((issue) => issue.articles.map((article) => ({ issue, article })));
    stem = catalogueStem();
  } else {
    const source = await loadPrintSource(library, request.target);
    items = source.groups.flatMap((g) => g.articles.map((article) => ({ issue: g.issue, article })));
    stem = `${stemOf(source)} 目录`;
  }
  const rows = catalogueRows(items, (id) => services.tagsOf(id));
  const ext = request.format === 'xlsx' ? 'xlsx' : 'csv';
  const bytes = ext === 'xlsx' ? await catalogueToXlsx(rows) : catalogueToCsv(rows);
  return { stem, ext, mime: MIME[ext], bytes };
}

function stemOf(source: PrintSource): string {
  const first = source.groups[0];
  if (!first) return source.title;
  switch (source.kind) {
    case 'issue':
      return issueFileStem(first.issue);
    case 'article':
      return first.articles[0] ? articleFileStem(first.issue, first.articles[0]) : issueFileStem(first.issue);
    case 'articles':
      return basketStem();
    default: {
      const never: never = source.kind;
      return String(never);
    }
  }
}

/** The annotations a printed document carries: none unless the options ask for them. */
export async function printAnnotations(
  source: PrintSource,
  options: PrintOptions,
  services: Pick<ExportServices, 'annotations'>,
): Promise<PrintAnnotations> {
  return options.annotations ? services.annotations(source.groups.flatMap((g) => g.articles)) : NO_PRINT_ANNOTATIONS;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
