import type { Annotation } from '../../../shared/annotations';
import { parseSource } from '../../../shared/annotations';
import type { Issue } from '../../../shared/catalog';
import type { HistoryEntry } from '../../../shared/history';
import { issueIdOfArticle } from '../../../shared/ids';
import type { PackageSelection } from '../../../shared/package';

/**
 * What a package holds, decided before a byte is written: the issues chosen, each one's
 * annotations and history lines, when it last changed, and (incremental) what was deleted.
 */
export interface PackagePlan {
  issues: Issue[];
  annotationsOf: Map<string, Annotation[]>;
  historyOf: Map<string, HistoryEntry[]>;
  changedAt: Map<string, string>;
  deleted: { id: string; ref: string; at: string }[];
}

export function selectIssues(issues: readonly Issue[], selection: PackageSelection): Issue[] {
  const series = selection.series && selection.series.length > 0 ? new Set(selection.series) : null;
  const ids = selection.issueIds ? new Set(selection.issueIds) : null;
  const years = selection.years;
  return issues.filter(
    (issue) =>
      (series === null || series.has(issue.series)) &&
      (ids === null || ids.has(issue.id)) &&
      (years === undefined || (issue.year !== null && issue.year >= years.from && issue.year <= years.to)),
  );
}

/** The issue an annotation is about, by its target alone (an article's id names its issue). */
export function issueOfAnnotation(annotation: Annotation): string | null {
  const source = parseSource(annotation.target.source);
  if (source === null) return null;
  return source.kind === 'issue' ? source.issueId : issueIdOfArticle(source.articleId);
}

export function planPackage(
  chosen: readonly Issue[],
  annotations: readonly Annotation[],
  history: readonly HistoryEntry[],
  since: string | null,
): PackagePlan {
  const historyOf = new Map<string, HistoryEntry[]>();
  for (const entry of history) {
    if (entry.issueId === null) continue;
    const list = historyOf.get(entry.issueId) ?? [];
    list.push(entry);
    historyOf.set(entry.issueId, list);
  }
  const changedAt = new Map<string, string>();
  for (const issue of chosen) {
    const lines = historyOf.get(issue.id) ?? [];
    const newest = lines.reduce((latest, e) => (e.at > latest ? e.at : latest), issue.importedAt);
    changedAt.set(issue.id, newest);
  }
  // An annotation's change has no history line: an incremental package takes an issue whose
  // annotations changed since, by their `modified` (or `created`) time.
  const annotationsOf = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const issueId = issueOfAnnotation(annotation);
    if (issueId === null) continue;
    const list = annotationsOf.get(issueId) ?? [];
    list.push(annotation);
    annotationsOf.set(issueId, list);
  }
  let issues = [...chosen];
  const deleted: PackagePlan['deleted'] = [];
  if (since !== null) {
    const annotatedSince = (id: string): boolean => (annotationsOf.get(id) ?? []).some((a) => a.modified > since);
    issues = issues.filter((issue) => (changedAt.get(issue.id) ?? '') > since || annotatedSince(issue.id));
    const held = new Set(chosen.map((i) => i.id));
    const lastDelete = new Map<string, HistoryEntry>();
    for (const entry of history) {
      if (entry.issueId === null || entry.at <= since) continue;
      if (entry.action === 'delete') lastDelete.set(entry.issueId, entry);
      else lastDelete.delete(entry.issueId);
    }
    for (const [id, entry] of lastDelete) if (!held.has(id)) deleted.push({ id, ref: entry.ref ?? id, at: entry.at });
  }
  return { issues, annotationsOf, historyOf, changedAt, deleted };
}
