import type { Catalog, Issue } from '../../../shared/catalog';
import { draftReference, nextFreeReference } from '../../../shared/reference-code';
import { ArchiveError } from '../errors';
import { formatIssueRef } from './issue-ref';

/**
 * The 档号 rule, applied on every commit: a 档号 set by hand must be free (else the change is
 * refused, naming the issue that holds it); an issue without one gets the next free one from the
 * library's pattern once every fact the pattern needs is known (全宗号, year, 保管期限…).
 */
export function assignReference(catalog: Catalog, issue: Issue, replaces: string | undefined, options: { generate: boolean }): Issue {
  const others = catalog.issues.filter((i) => i.id !== replaces && i.id !== issue.id);
  if (issue.reference !== null) {
    const holder = others.find((i) => i.reference === issue.reference);
    if (holder) throw ArchiveError.of('duplicate', { code: 'reference-taken', reference: issue.reference, ref: formatIssueRef(holder) });
    return issue;
  }
  if (!options.generate) return issue;
  const draft = draftReference(catalog.settings, { series: issue.series, year: issue.year, number: issue.number, retention: issue.retention?.code ?? null });
  if (draft.kind === 'missing') return issue;
  const taken = new Set(others.flatMap((i) => (i.reference === null ? [] : [i.reference])));
  const reference = nextFreeReference(draft.render, taken);
  // A pattern without {item} can make the same code twice: leave it blank rather than clash.
  return taken.has(reference) ? issue : { ...issue, reference };
}
