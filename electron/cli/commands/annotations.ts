import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AnnotationRow } from '../../../shared/annotations';
import { issueNumberLabel } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { ANNOTATION_EXPORT_FORMATS, AnnotationStore, exportAnnotations, findArticleByRef, importAnnotations } from '../../core/annotations';
import type { AnnotationExportFormat, ExportScope } from '../../core/annotations';
import { ArchiveError } from '../../core/errors';
import { writeFileDurably } from '../../core/library/durable-file';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { t } from '../locale';
import { cliIo } from '../io';

/** `annotations list [--json]`: every highlight and note, newest first. */
export async function annotationsListCommand(options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'read');
  const store = new AnnotationStore(library);
  const { rows } = await store.list({ limit: 5000 });
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    cliIo().stdout.write(`${t(locale, 'noAnnotations')}\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const row of rows) lines.push(...describeRow(row, locale), '');
  lines.push(t(locale, 'annotationCount', { count: rows.length }));
  cliIo().stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function describeRow(row: AnnotationRow, locale: Locale): string[] {
  const { place } = row;
  const where = `${place.series} ${issueNumberLabel({ year: place.year, number: place.number, totalNumber: null }, locale)}${place.article !== null ? ` · ${place.article}. ${place.title ?? ''}` : ''}`;
  const kind = row.motivation === 'highlighting' ? t(locale, `color_${row.color ?? 'yellow'}`) : t(locale, 'articleNote');
  const flags = [row.orphaned ? t(locale, 'orphaned') : null, row.tags.length > 0 ? `#${row.tags.join(' #')}` : null]
    .filter(Boolean)
    .join('  ');
  const out = [`[${kind}] ${where}  ${row.created.slice(0, 10)}${flags ? `  ${flags}` : ''}`];
  if (row.quote) out.push(`  “${oneLine(row.quote)}”`);
  if (row.note) out.push(`  ${t(locale, 'note')}: ${oneLine(row.note)}`);
  out.push(`  ${row.id}`);
  return out;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

export interface AnnotationsExportOptions extends LibraryOption {
  format?: string;
  out?: string;
  force?: boolean;
  issue?: string;
  article?: string;
}

/** `annotations export [--format md|jsonld] [--out PATH] [--issue REF | --article REF]`. */
export async function annotationsExportCommand(options: AnnotationsExportOptions, locale: Locale): Promise<number> {
  const format = parseFormat(options.format ?? 'md');
  const library = await openLibraryFor(options, 'read');
  const store = new AnnotationStore(library);
  let scope: ExportScope = { kind: 'all' };
  if (options.issue && options.article) throw new ArchiveError('bad-input', 'Give --issue or --article, not both.');
  if (options.issue) scope = { kind: 'issue', issueId: library.findIssue(options.issue).id };
  if (options.article) {
    const found = findArticleByRef(store.catalogue(), options.article);
    if (!found)
      throw new ArchiveError(
        'not-found',
        `No article "${options.article}" in this library. Give series:year:number:article, for example 科技情报参考:2024:3:4.`,
      );
    scope = { kind: 'article', articleId: found.article.id };
  }
  const exported = await exportAnnotations(store, scope, format, locale);
  if (!options.out) {
    cliIo().stdout.write(exported.content);
    return 0;
  }
  let target = path.resolve(options.out);
  if ((await fs.stat(target).catch(() => null))?.isDirectory()) target = path.join(target, exported.fileName);
  if (
    !options.force &&
    (await fs.access(target).then(
      () => true,
      () => false,
    ))
  ) {
    throw new ArchiveError('bad-input', `${target} already exists. Choose another name, or add --force to replace it.`);
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileDurably(target, exported.content);
  cliIo().stderr.write(`${t(locale, 'exportedAnnotations', { count: exported.count, file: target })}\n`);
  return 0;
}

/** `annotations import FILE`: JSON-LD exported by this app (or any W3C annotations of ours). */
export async function annotationsImportCommand(file: string, options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArchiveError(
      'bad-input',
      code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? String(error)}).`,
    );
  }
  const library = await openLibraryFor(options, 'read');
  const store = new AnnotationStore(library);
  const report = await importAnnotations(library, store, text, path.basename(file));
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = [t(locale, 'importedAnnotations', { added: report.added, updated: report.updated, unchanged: report.unchanged })];
    for (const problem of report.problems) lines.push(`  ! ${problem}`);
    cliIo().stdout.write(`${lines.join('\n')}\n`);
  }
  return report.problems.length > 0 ? 1 : 0;
}

function parseFormat(value: string): AnnotationExportFormat {
  const found = ANNOTATION_EXPORT_FORMATS.find((f) => f === value.toLowerCase());
  if (!found) throw new ArchiveError('bad-input', `Unknown format "${value}". Use one of: ${ANNOTATION_EXPORT_FORMATS.join(', ')}.`);
  return found;
}
