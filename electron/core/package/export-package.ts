import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, Issue } from '../../../shared/catalog';
import { issueFiles } from '../../../shared/catalog';
import type { PackageExportReport, PackageKind, PackageRun, PackageSelection } from '../../../shared/package';
import { toJsonLd } from '../annotations/jsonld';
import { tagsByArticle } from '../annotations/listing';
import { ArchiveError } from '../errors';
import { catalogueRows, catalogueToCsv } from '../export/to-catalogue';
import type { Library } from '../library';
import { readHistory } from '../library/history';
import { formatIssueRef } from '../library/issue-ref';
import { originalFile, textsFile } from '../library/layout';
import { scanFile } from '../library/scan-file';
import { containerOf } from './bag/bag-sink';
import { writeBag } from './bag/write-bag';
import type { PayloadEntry } from './bag/write-bag';
import { dublinCoreRecord } from './dublin-core';
import { planPackage, selectIssues } from './package-contents';
import type { PackagePlan } from './package-contents';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_MANIFEST_PATH } from './package-manifest';
import type { PackageManifest } from './package-manifest';

export interface PackageExportOptions extends PackageRun {
  /** A folder to create, or a file ending in `.zip` or `.tar`. */
  out: string;
  selection?: PackageSelection;
  /** Default: `full` without a selection, `selection` with one. */
  kind?: PackageKind;
  /** Incremental packages: only issues changed after this time, and the deletions since. */
  since?: string;
  /** Incremental packages: the backup they follow. */
  base?: string;
  sourceOrganization?: string;
  description?: string;
  now?: Date;
}

type CatalogueItem = { issue: Issue; article: Pick<Article, 'id' | 'title' | 'region' | 'column' | 'page'> };

/** Who wrote the package, in bag-info.txt and data/package.json. */
export const PACKAGE_PROGRAM = 'Bulletin Archive (内刊档案)';

/**
 * Writes a package (docs/package-format.md), streaming: no whole package is held in memory. The
 * originals are copied from the library's files (hashed on the way); the small files of each
 * issue are made one issue at a time. A package is never written over an existing path.
 */
export async function exportPackage(library: Library, options: PackageExportOptions): Promise<PackageExportReport> {
  const out = path.resolve(options.out);
  const now = options.now ?? new Date();
  const selection = options.selection ?? {};
  const selecting = selection.series !== undefined || selection.years !== undefined || selection.issueIds !== undefined;
  const kind: PackageKind = options.kind ?? (options.since !== undefined ? 'incremental' : selecting ? 'selection' : 'full');
  if (await exists(out)) throw ArchiveError.of('duplicate', { code: 'package-exists', file: out });

  options.onProgress?.({ phase: 'collect', done: 0, total: 1 });
  const catalog = library.catalog();
  const chosen = selectIssues(catalog.issues, selection);
  if (selecting && chosen.length === 0) throw ArchiveError.of('not-found', { code: 'package-selection-empty' });
  const { entries: history } = await readHistory(library.dir);
  const annotations = library.annotations.annotations;
  const plan = planPackage(chosen, annotations, history, kind === 'incremental' ? (options.since ?? null) : null);
  const seriesNames = new Set(plan.issues.map((i) => i.series));
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    kind,
    createdAt: now.toISOString(),
    program: PACKAGE_PROGRAM,
    selection,
    since: kind === 'incremental' ? (options.since ?? null) : null,
    base: options.base ?? null,
    series: kind === 'full' ? catalog.series : catalog.series.filter((s) => seriesNames.has(s.name)),
    settings: catalog.settings,
    issues: plan.issues.map((issue) => ({ id: issue.id, ref: formatIssueRef(issue), files: issueFiles(issue).length, changedAt: plan.changedAt.get(issue.id) ?? null })),
    deleted: plan.deleted,
  };
  options.onProgress?.({ phase: 'collect', done: 1, total: 1 });

  const total = 2 + plan.issues.reduce((sum, issue) => sum + 5 + issueFiles(issue).length, 0);
  const written = await writeBag(payload(library, plan, manifest, now), {
    out,
    container: containerOf(out),
    total,
    now,
    ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    ...(options.signal !== undefined && { signal: options.signal }),
    info: {
      sourceOrganization: options.sourceOrganization?.trim() || PACKAGE_PROGRAM,
      externalDescription: options.description?.trim() || describe(plan.issues, kind),
      externalIdentifier: `urn:uuid:${randomUUID()}`,
      softwareAgent: PACKAGE_PROGRAM,
    },
  });
  return { path: out, container: containerOf(out), kind, issues: plan.issues.length, files: written.files, payloadBytes: written.payloadBytes, bagInfo: written.bagInfo };
}

/** The payload, in reading order: package.json first (import reads it before anything else). */
async function* payload(library: Library, plan: PackagePlan, manifest: PackageManifest, now: Date): AsyncGenerator<PayloadEntry> {
  yield { path: PACKAGE_MANIFEST_PATH, source: { bytes: json(manifest) }, item: 'package.json' };
  const tags = tagsByArticle([...plan.annotationsOf.values()].flat());
  // One row per article, as the catalogue export has it; an issue without articles still gets its row.
  const items = plan.issues.flatMap((issue): CatalogueItem[] =>
    issue.articles.length > 0 ? issue.articles.map((article) => ({ issue, article })) : [{ issue, article: { id: '', title: '', region: null, column: null, page: null } }],
  );
  const rows = catalogueRows(
    items,
    (articleId) => tags.get(`urn:bulletin-archive:article:${articleId}`) ?? [],
  );
  yield { path: 'data/catalogue.csv', source: { bytes: catalogueToCsv(rows) }, item: 'catalogue.csv' };
  for (const issue of plan.issues) {
    const dir = `data/issues/${issue.id}`;
    const item = formatIssueRef(issue);
    yield { path: `${dir}/issue.json`, source: { bytes: json(issue) }, item };
    yield { path: `${dir}/texts.json`, source: { file: await present(library, textsFile(issue.id), issue, 'texts') }, item };
    // A scanned issue's reading travels with it (issue 16): the page boxes the review and reader use.
    const scan = path.join(library.dir, scanFile(issue.id));
    if (await exists(scan)) yield { path: `${dir}/scan.json`, source: { file: scan }, item };
    yield { path: `${dir}/dc.xml`, source: { bytes: utf8(dublinCoreRecord(issue)) }, item };
    yield { path: `${dir}/annotations.jsonld`, source: { bytes: utf8(toJsonLd(plan.annotationsOf.get(issue.id) ?? [], item, now)) }, item };
    const lines = (plan.historyOf.get(issue.id) ?? []).map((e) => `${JSON.stringify(e)}\n`).join('');
    yield { path: `${dir}/history.jsonl`, source: { bytes: utf8(lines) }, item };
    for (const file of issueFiles(issue)) {
      yield { path: `${dir}/files/${file.sha256}.${file.ext}`, source: { file: await present(library, originalFile(file.sha256, file.ext), issue, file.name) }, item: `${item} ${file.name}` };
    }
  }
}

/** A library file the package needs, or the library's own message when it is gone. */
async function present(library: Library, relative: string, issue: Issue, name: string): Promise<string> {
  const file = path.join(library.dir, relative);
  if (await exists(file)) return file;
  if (name === 'texts') throw ArchiveError.of('library-damaged', { code: 'texts-missing', issueId: issue.id, file: relative });
  throw ArchiveError.of('library-damaged', { code: 'original-missing', name, file: relative });
}

function describe(issues: readonly Issue[], kind: PackageKind): string {
  const series = [...new Set(issues.map((i) => i.series))];
  const years = issues.map((i) => i.year).filter((y): y is number => y !== null);
  const span = years.length === 0 ? '' : `, ${years.reduce((a, b) => Math.min(a, b))}–${years.reduce((a, b) => Math.max(a, b))}`;
  const shown = series.length > 3 ? `${series.slice(0, 3).join('、')}…` : series.join('、');
  return `内刊档案 ${kind} package: ${issues.length} issues (${shown}${span})`;
}

function json(value: unknown): Uint8Array {
  return utf8(`${JSON.stringify(value, null, 2)}\n`);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
