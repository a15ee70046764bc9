import type { LibraryRow } from './library-rows';

/**
 * Which issues of the library list are selected for batch work, and the anchor a shift-click
 * ranges from. Pure: every gesture returns a new selection, so the rules are tested without a screen.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** The issue last toggled; a shift-click selects from here (as file managers do). */
  anchor: string | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

/** Ctrl/cmd-click or Space on a row: that issue in or out, and it becomes the anchor. */
export function toggleIssue(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (!ids.delete(id)) ids.add(id);
  return { ids, anchor: id };
}

/**
 * Shift-click: every issue between the anchor and this one, in the order the list shows them,
 * is added. Without an anchor (or one no longer shown) it selects just this issue.
 */
export function selectRange(selection: Selection, shownIds: readonly string[], id: string): Selection {
  const to = shownIds.indexOf(id);
  const from = selection.anchor === null ? -1 : shownIds.indexOf(selection.anchor);
  if (to < 0) return selection;
  if (from < 0) return { ids: new Set([...selection.ids, id]), anchor: id };
  const [low, high] = from <= to ? [from, to] : [to, from];
  return { ids: new Set([...selection.ids, ...shownIds.slice(low, high + 1)]), anchor: selection.anchor };
}

export type YearState = 'none' | 'some' | 'all';

/** How much of a year is selected: what its heading's checkbox shows (some = indeterminate). */
export function yearState(selection: Selection, yearIds: readonly string[]): YearState {
  const selected = yearIds.filter((id) => selection.ids.has(id)).length;
  if (selected === 0) return 'none';
  return selected === yearIds.length ? 'all' : 'some';
}

/** A year heading's checkbox: a year wholly selected is cleared, otherwise all of it is selected. */
export function toggleWholeYear(selection: Selection, yearIds: readonly string[]): Selection {
  const ids = new Set(selection.ids);
  if (yearState(selection, yearIds) === 'all') for (const id of yearIds) ids.delete(id);
  else for (const id of yearIds) ids.add(id);
  return { ids, anchor: selection.anchor };
}

/** Drops issues the library no longer lists (deleted, or gone after a refresh). */
export function keepListed(selection: Selection, listedIds: ReadonlySet<string>): Selection {
  const kept = [...selection.ids].filter((id) => listedIds.has(id));
  if (kept.length === selection.ids.size) return selection;
  return { ids: new Set(kept), anchor: selection.anchor !== null && listedIds.has(selection.anchor) ? selection.anchor : null };
}

/** The issues of each year group (by its key), collapsed or not: a collapsed year is still selectable whole. */
export function issuesByYear(rows: readonly LibraryRow[]): ReadonlyMap<string, readonly string[]> {
  const years = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const row of rows) {
    if (row.kind === 'year') {
      current = [];
      years.set(row.key, current);
    } else if (row.kind === 'issue') current?.push(row.issue.id);
  }
  return years;
}

/** The issue rows in the order shown, for ranges. */
export function shownIssueIds(rows: readonly LibraryRow[]): string[] {
  return rows.flatMap((row) => (row.kind === 'issue' ? [row.issue.id] : []));
}
