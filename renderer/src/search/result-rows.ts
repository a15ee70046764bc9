import type { SearchHit } from '../../../shared/search';
import type { Layout } from './state';

/** One line of the virtualised result list: an issue's heading (grouped) or a hit. */
export type ResultRow =
  | { kind: 'issue'; key: string; issueId: string; series: string; year: number | null; number: number | null; count: number }
  | { kind: 'hit'; key: string; hit: SearchHit; index: number; grouped: boolean };

/**
 * Flat: the hits in rank order. Grouped: the hits of each issue together, issues in the order
 * of their best hit (so the best result still comes first), hits ranked within each issue.
 */
export function resultRows(hits: readonly SearchHit[], layout: Layout): ResultRow[] {
  if (layout === 'flat') return hits.map((hit, index) => ({ kind: 'hit', key: `hit:${hit.articleId}`, hit, index, grouped: false }));
  const groups = new Map<string, { hit: SearchHit; index: number }[]>();
  hits.forEach((hit, index) => {
    const group = groups.get(hit.issueId);
    if (group) group.push({ hit, index });
    else groups.set(hit.issueId, [{ hit, index }]);
  });
  const rows: ResultRow[] = [];
  for (const [issueId, members] of groups) {
    const first = members[0]!.hit;
    rows.push({
      kind: 'issue',
      key: `issue:${issueId}`,
      issueId,
      series: first.series,
      year: first.year,
      number: first.number,
      count: members.length,
    });
    for (const { hit, index } of members) rows.push({ kind: 'hit', key: `hit:${hit.articleId}`, hit, index, grouped: true });
  }
  return rows;
}

/**
 * The order ↑/↓ walk the hits in: the order they are shown, which grouping changes. Returns
 * hit indices (into the ranked list) in display order.
 */
export function displayOrder(rows: readonly ResultRow[]): number[] {
  return rows.flatMap((row) => (row.kind === 'hit' ? [row.index] : []));
}
