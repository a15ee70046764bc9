import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, PAPER_SIZES, PRINT_FONT_SIZES, TEXT_ENCODINGS } from '../../../shared/contract/export';
import type { ExportFormat, ExportTarget, PrintOptions, TextEncoding } from '../../../shared/contract/export';
import { AnnotationStore } from '../../core/annotations';
import { ArchiveError } from '../../core/errors';
import { createExportServices, exportFiles, writeExport } from '../../core/export';
import type { ExportRequest } from '../../core/export';
import { writeFileDurably } from '../../core/library/durable-file';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { cliIo, resolveArg } from '../io';

export interface ExportCommandOptions extends LibraryOption {
  format: string;
  out?: string;
  force?: boolean;
  all?: boolean;
  article?: string[];
  encoding?: string;
  paper?: string;
  fontSize?: string;
  annotations?: boolean;
}

/** Formats that may go to standard output when no --out is given (the text ones, one file). */
const STDOUT_FORMATS: readonly ExportFormat[] = ['md', 'txt', 'json'];

/**
 * `export ISSUE | --article ID… | --all --format F [--out PATH]`. One issue, one article or a
 * selection makes one file; --all makes one file per issue (a catalogue, csv or xlsx, is always
 * one file). --out is a folder, or for one file its path. Nothing is replaced without --force.
 */
export async function exportCommand(ref: string | undefined, options: ExportCommandOptions): Promise<number> {
  const format = parseFormat(options.format);
  const target = parseTarget(ref, options);
  const encoding = parseEncoding(options.encoding);
  const printOptions = parsePrintOptions(options);
  const library = await openLibraryFor(options, 'read');
  // An issue may be named by series:year:number; the core works with ids.
  const request: ExportRequest = {
    target: target.kind === 'issue' ? { kind: 'issue', issueId: library.findIssue(target.issueId).id } : target,
    format,
    encoding,
    options: printOptions,
  };
  const services = createExportServices(new AnnotationStore(library));
  try {
    if (!options.out && STDOUT_FORMATS.includes(format) && request.target.kind !== 'all') {
      for await (const file of exportFiles(library, request, services)) cliIo().stdout.write(file.bytes);
      return 0;
    }
    const out = resolveArg(cliIo(), options.out ?? '.');
    const isFolder = (await fs.stat(out).catch(() => null))?.isDirectory() ?? false;
    if (!isFolder && looksLikeFile(out, format) && request.target.kind !== 'all') {
      await writeOneFile(out, request, services, options.force ?? false, library);
      return 0;
    }
    const written = await writeExport(library, request, services, {
      outDir: out,
      force: options.force ?? false,
      onProgress: (p) => cliIo().stderr.write(p.total > 1 ? `[${p.done}/${p.total}] ${p.file}\n` : `${p.file}\n`),
    });
    if (written.length === 0) cliIo().stderr.write('Nothing to export.\n');
    return 0;
  } finally {
    await services.close();
  }
}

async function writeOneFile(
  target: string,
  request: ExportRequest,
  services: Parameters<typeof exportFiles>[2],
  force: boolean,
  library: Parameters<typeof exportFiles>[0],
): Promise<void> {
  if (
    !force &&
    (await fs.access(target).then(
      () => true,
      () => false,
    ))
  ) {
    throw new ArchiveError('bad-input', `${target} already exists. Choose another name, or add --force to replace it.`);
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  for await (const file of exportFiles(library, request, services)) await writeFileDurably(target, file.bytes);
  cliIo().stderr.write(`${target}\n`);
}

function looksLikeFile(out: string, format: ExportFormat): boolean {
  return path.extname(out).toLowerCase() === `.${format}`;
}

function parseTarget(ref: string | undefined, options: ExportCommandOptions): ExportTarget {
  const articles = options.article ?? [];
  const given = [ref !== undefined, articles.length > 0, options.all === true].filter(Boolean).length;
  if (given !== 1)
    throw new ArchiveError('bad-input', 'Say what to export: an issue (id or series:year:number), --article ID (one or more), or --all.');
  if (options.all) return { kind: 'all' };
  if (articles.length === 1 && articles[0]) return { kind: 'article', articleId: articles[0] };
  if (articles.length > 1) return { kind: 'articles', articleIds: articles };
  return { kind: 'issue', issueId: ref ?? '' };
}

function parseFormat(value: string): ExportFormat {
  const found = EXPORT_FORMATS.find((f) => f === value.toLowerCase());
  if (!found) throw new ArchiveError('bad-input', `Unknown format "${value}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
  return found;
}

function parseEncoding(value: string | undefined): TextEncoding {
  if (value === undefined) return 'utf-8';
  const found = TEXT_ENCODINGS.find((e) => e === value.toLowerCase().replace(/^utf8$/, 'utf-8'));
  if (!found) throw new ArchiveError('bad-input', `Unknown encoding "${value}". Use utf-8 or gb18030.`);
  return found;
}

function parsePrintOptions(options: ExportCommandOptions): PrintOptions {
  const paper = PAPER_SIZES.find((p) => p === (options.paper ?? 'A4').toUpperCase());
  if (!paper) throw new ArchiveError('bad-input', `Unknown paper "${options.paper}". Use A4 or A5.`);
  const size = Number(options.fontSize ?? 16);
  const fontSize = PRINT_FONT_SIZES.find((s) => s === size);
  if (fontSize === undefined) throw new ArchiveError('bad-input', `--font-size must be one of ${PRINT_FONT_SIZES.join(', ')} (points).`);
  return { paper, fontSize, annotations: options.annotations ?? false };
}
