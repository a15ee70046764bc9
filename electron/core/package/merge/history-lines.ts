import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HistoryEntry } from '../../../../shared/history';
import { syncFolder } from '../../library/durable-file';
import { HISTORY_FILE } from '../../library/layout';

/**
 * Copies a package's history lines into the library's history.jsonl, as they were (same id, same
 * time, who and with which program), moved to the library's issue id. They are what lets the
 * next merge tell whose edit of a field is newer (field-times.ts). A line already there (same
 * id) is not copied twice, so a re-run after a crash adds nothing. Call holding the library lock.
 */
export async function appendHistoryLines(libraryDir: string, lines: readonly HistoryEntry[]): Promise<void> {
  if (lines.length === 0) return;
  const file = path.join(libraryDir, HISTORY_FILE);
  const isNew = !(await fs.access(file).then(
    () => true,
    () => false,
  ));
  const handle = await fs.open(file, 'a', 0o644);
  try {
    await handle.appendFile(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (isNew) await syncFolder(libraryDir);
}
