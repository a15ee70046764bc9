import type { Issue, IssueTexts } from '../../../../shared/catalog';
import { CatalogueFieldsInEntry } from '../../../../shared/catalogue-fields';
import type { FieldConflict } from '../../../../shared/package';
import { canonicalJson, sameData } from './canonical';

/**
 * Catalogue fields, held issue against packaged issue (docs/package-format.md, "Merging rules"):
 * the side whose last edit of a field is newer wins; a side that never edited a field holds the
 * value as first read, older than any edit. So a value edited on one side only wins whichever
 * library it is merged into, and merging A into B gives what merging B into A gives.
 * - Neither side edited it: an empty value takes the other's; two values both kept as read
 *   differ only when they were read from different files, and the library's stays (`no-history`).
 * - An edit that emptied a field is an edit like any other: the newer one wins.
 * Every difference where a value loses is listed, with both values and which was kept.
 */
export const MERGED_FIELDS = [
  'series',
  'year',
  'number',
  'numberTo',
  'supplement',
  'totalNumber',
  'date',
  'publisher',
  'editor',
  'reviewer',
  'phone',
  'needsReview',
  ...Object.keys(CatalogueFieldsInEntry),
] as const;

export interface ResolvedIssue {
  issue: Issue;
  /** The package's texts, when its articles won. */
  texts: IssueTexts | null;
  fieldsTaken: string[];
  conflicts: FieldConflict[];
  changed: boolean;
}

export interface Side {
  issue: Issue;
  texts: IssueTexts;
  /** Field → time of its last edit on this side. */
  edits: ReadonlyMap<string, string>;
}

/** `theirs` has already been moved to the library's issue id (move-issue.ts). */
export function resolveIssue(ours: Side, theirs: Side, referencesTaken: ReadonlySet<string>): ResolvedIssue {
  const issue: Record<string, unknown> = { ...ours.issue };
  const fieldsTaken: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const field of MERGED_FIELDS) {
    const a = (ours.issue as Record<string, unknown>)[field];
    const b = (theirs.issue as Record<string, unknown>)[field];
    if (sameData(a, b)) continue;
    const verdict = decide(field, a, b, ours.edits.get(field) ?? null, theirs.edits.get(field) ?? null);
    if (verdict.kept === 'theirs' && field === 'reference' && typeof b === 'string' && referencesTaken.has(b)) {
      // Another issue of the library holds that 档号: taking it would refuse the whole merge.
      conflicts.push({ ...verdict.conflict, kept: 'ours' });
      continue;
    }
    if (verdict.kept === 'theirs') issue[field] = b;
    if (verdict.taken) fieldsTaken.push(field);
    else if (verdict.listed) conflicts.push(verdict.conflict);
  }
  let texts: IssueTexts | null = null;
  if (!sameArticles(ours, theirs)) {
    const verdict = decide('articles', titles(ours.issue), titles(theirs.issue), ours.edits.get('articles') ?? null, theirs.edits.get('articles') ?? null);
    if (verdict.kept === 'theirs') {
      issue['articles'] = theirs.issue.articles;
      texts = theirs.texts;
    }
    if (verdict.taken) fieldsTaken.push('articles');
    else if (verdict.listed) conflicts.push(verdict.conflict);
  }
  // The issue has been in the archive since the earlier of the two (either order gives the same).
  if (theirs.issue.importedAt < ours.issue.importedAt) issue['importedAt'] = theirs.issue.importedAt;
  const merged = issue as Issue;
  return { issue: merged, texts, fieldsTaken, conflicts, changed: !sameData(merged, ours.issue) || texts !== null };
}

interface Verdict {
  kept: 'ours' | 'theirs';
  /** Taken without a conflict: the library had nothing there. */
  taken: boolean;
  /** A value lost: the package's had something the library's did not keep, or the reverse. */
  listed: boolean;
  conflict: FieldConflict;
}

function decide(field: string, a: unknown, b: unknown, oursAt: string | null, theirsAt: string | null): Verdict {
  const verdict = (kept: 'ours' | 'theirs', rule: FieldConflict['rule']): Verdict => {
    // Nothing is lost when the losing side never had a value of its own (empty, never edited).
    const loserEmpty = kept === 'ours' ? isEmpty(b) && theirsAt === null : isEmpty(a) && oursAt === null;
    return { kept, taken: kept === 'theirs' && loserEmpty, listed: !loserEmpty, conflict: { field, ours: shown(a), theirs: shown(b), kept, rule, oursAt, theirsAt } };
  };
  if (oursAt === null && theirsAt === null) return verdict(isEmpty(a) && !isEmpty(b) ? 'theirs' : 'ours', 'no-history');
  // The same instant on both sides: any fixed choice, as long as it is the same in either order.
  if (oursAt === theirsAt) return verdict(canonicalJson(b) > canonicalJson(a) ? 'theirs' : 'ours', 'newer-edit');
  return verdict(theirsAt !== null && (oursAt === null || theirsAt > oursAt) ? 'theirs' : 'ours', 'newer-edit');
}

function sameArticles(ours: Side, theirs: Side): boolean {
  const strip = (issue: Issue, texts: IssueTexts) => ({
    articles: issue.articles.map(({ id: _id, ...rest }) => rest),
    texts: texts.articles.map((a) => a.sections),
    unplaced: texts.unplaced ?? [],
  });
  return sameData(strip(ours.issue, ours.texts), strip(theirs.issue, theirs.texts));
}

function titles(issue: Issue): string[] {
  return issue.articles.map((a) => a.title);
}

export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every((v) => v === null || v === '');
  return false;
}

/** A value as one line of the report: text as it is, lists and records as JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' | ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
