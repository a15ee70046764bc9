import { tagsOf } from '../../../shared/annotations';
import type { Annotation } from '../../../shared/annotations';
import { issueTitle } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { sayMessage } from '../../../shared/message-text';
import { ArchiveError } from '../errors';
import type { AnnotationChange, AnnotationOp, Library } from '../library';
import type { AnnotationStore } from './annotation-store';
import { parseJsonLd, toJsonLd } from './jsonld';
import { toMarkdown } from './markdown';
import { annotationsInScope } from './scope';
import { KEEPER, creatorOf, owns } from './viewer';
import type { Viewer } from './viewer';
import type { ExportScope } from './scope';

export const ANNOTATION_EXPORT_FORMATS = ['md', 'jsonld'] as const;
export type AnnotationExportFormat = (typeof ANNOTATION_EXPORT_FORMATS)[number];

export interface AnnotationExport {
  fileName: string;
  content: string;
  count: number;
}

/** Annotations of an article, an issue or the library, as Markdown or W3C JSON-LD. */
export async function exportAnnotations(
  store: AnnotationStore,
  scope: ExportScope,
  format: AnnotationExportFormat,
  locale: Locale,
  now = new Date(),
  viewer: Viewer = KEEPER,
): Promise<AnnotationExport> {
  await store.reanchorDangling();
  const catalogue = store.catalogue();
  const selected = annotationsInScope(store.visible(viewer), catalogue, scope);
  let title: string;
  let stem: string;
  switch (scope.kind) {
    case 'all':
      title = locale === 'zh' ? '全部' : 'all';
      stem = 'all';
      break;
    case 'issue': {
      const issue = catalogue.issue(scope.issueId)!;
      title = issueTitle(issue, locale);
      stem = `${issue.series}-${issue.year ?? ''}-${issue.number ?? ''}`;
      break;
    }
    case 'article': {
      const { issue, article } = catalogue.article(scope.articleId)!;
      title = `${issueTitle(issue, locale)} · ${article.title}`;
      stem = `${issue.series}-${issue.year ?? ''}-${issue.number ?? ''}-${article.index}`;
      break;
    }
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
  const content = format === 'md' ? toMarkdown(selected, catalogue, { title, locale, generated: now }) : toJsonLd(selected, title, now);
  return { fileName: `${locale === 'zh' ? '批注' : 'annotations'}-${safeStem(stem)}.${format}`, content, count: selected.length };
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Items that were not kept, and why. */
  problems: string[];
}

/**
 * Reads exported JSON-LD back. An annotation already here (same id) is replaced only by a newer
 * version; a tag or star the article already has is not doubled. What is kept is anchored in
 * this library's texts at once, so one that cannot be found shows as orphaned, not lost.
 */
export async function importAnnotations(
  library: Library,
  store: AnnotationStore,
  text: string,
  fileName?: string,
  viewer: Viewer = KEEPER,
): Promise<ImportReport> {
  const parsed = parseJsonLd(text, fileName);
  const { problems } = parsed;
  // A person's import becomes theirs (never someone else's, never shared by surprise).
  const annotations = viewer.kind === 'keeper' ? parsed.annotations : parsed.annotations.map((a) => asOwnedBy(viewer, a));
  if (annotations.length === 0 && problems.length > 0) {
    throw new ArchiveError(
      'bad-input',
      `${fileName ?? 'The file'} has no annotation that can be imported: ${problems.slice(0, 3).join('; ')}.`,
    );
  }
  const report = await library.changeAnnotations((current) => merge(current, annotations, viewer));
  await store.reanchor(report.kept);
  if (report.othersSkipped > 0) problems.push(sayMessage('en', { code: 'annotation-import-not-yours', count: report.othersSkipped }));
  return { added: report.added, updated: report.updated, unchanged: report.unchanged, problems };
}

function asOwnedBy(viewer: Viewer, annotation: Annotation): Annotation {
  const { shared: _shared, creator: _creator, ...rest } = annotation;
  const creator = creatorOf(viewer);
  return creator ? { ...rest, creator } : rest;
}

/** The puts that bring `incoming` into `current` (which is not touched), and what they do. */
function merge(
  current: readonly Annotation[],
  incoming: readonly Annotation[],
  viewer: Viewer,
): AnnotationChange<Omit<ImportReport, 'problems'> & { kept: Annotation[]; othersSkipped: number }> {
  const byId = new Map(current.map((a) => [a.id, a]));
  const marks = new Set(current.map(markKey).filter((k): k is string => k !== null));
  let othersSkipped = 0;
  const ops: AnnotationOp[] = [];
  const kept: Annotation[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const annotation of incoming) {
    const existing = byId.get(annotation.id);
    if (existing !== undefined && viewer.kind === 'person' && !owns(viewer, existing)) {
      othersSkipped++;
      continue;
    }
    if (existing !== undefined) {
      if (JSON.stringify(existing) !== JSON.stringify(annotation) && annotation.modified > existing.modified) {
        byId.set(annotation.id, annotation);
        ops.push({ op: 'put', annotation });
        kept.push(annotation);
        updated++;
      } else unchanged++;
      continue;
    }
    const key = markKey(annotation);
    if (key !== null && marks.has(key)) {
      unchanged++;
      continue;
    }
    if (key !== null) marks.add(key);
    byId.set(annotation.id, annotation);
    ops.push({ op: 'put', annotation });
    kept.push(annotation);
    added++;
  }
  return { ops, result: { added, updated, unchanged, kept, othersSkipped } };
}

/** Tags and stars are facts about an article, not things made twice (by the same person). */
function markKey(a: Annotation): string | null {
  const who = a.creator?.nickname ?? '';
  if (a.motivation === 'bookmarking') return `bookmark\u0000${who}\u0000${a.target.source}`;
  if (a.motivation === 'tagging') return `tag\u0000${who}\u0000${a.target.source}\u0000${tagsOf(a).join('\u0000')}`;
  return null;
}

function safeStem(stem: string): string {
  const cleaned = stem.replace(/[\\/:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069]/g, '_').replace(/[. ]+$/, '');
  return cleaned === '' ? 'annotations' : cleaned;
}
