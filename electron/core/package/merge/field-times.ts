import type { HistoryEntry } from '../../../../shared/history';

/**
 * When each field of an issue was last changed by a person, from history lines (oldest first).
 * A `package-merge` line is not an edit: it carries edits made elsewhere, whose own lines are
 * copied beside it with their times, so the time of an edit travels with its value. The
 * article list and the texts are one field, `articles`.
 */
export function lastEdits(entries: readonly HistoryEntry[], skip: ReadonlySet<string> = new Set()): Map<string, string> {
  const times = new Map<string, string>();
  for (const entry of entries) {
    if (entry.action === 'package-merge' || skip.has(entry.id)) continue;
    for (const raw of entry.fields) {
      const field = raw === 'texts' ? 'articles' : raw;
      const seen = times.get(field);
      if (seen === undefined || entry.at > seen) times.set(field, entry.at);
    }
  }
  return times;
}
