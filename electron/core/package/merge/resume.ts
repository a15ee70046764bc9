import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { IssueMergeRow } from '../../../../shared/package';
import { syncFolder } from '../../library/durable-file';

/**
 * The progress of a merge, so a run killed half-way goes on from where it stopped:
 * `.merging/package-<key>.jsonl` in the library, one line per packaged issue merged, appended
 * and synced after the issue's last write. (Not `.pending/`: opening a library clears what is
 * there, the notes of unfinished commits.) Each issue's merge is idempotent, so the issue being
 * merged when the process died is simply merged again: what it had written is found there and
 * only the rest is written. The record goes when the run ends.
 */
export const MERGING_DIR = '.merging';

/** The package's key: its data/package.json, which names its issues and when it was made. */
export function packageKey(manifestBytes: Uint8Array): string {
  return createHash('sha256').update(manifestBytes).digest('hex').slice(0, 32);
}

export class MergeProgress {
  private constructor(
    private readonly file: string,
    readonly done: ReadonlyMap<string, IssueMergeRow>,
  ) {}

  static async read(libraryDir: string, key: string): Promise<MergeProgress> {
    const file = path.join(libraryDir, MERGING_DIR, `package-${key}.jsonl`);
    const done = new Map<string, IssueMergeRow>();
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      // A last line cut short by the crash is an issue not recorded: it is merged again.
      try {
        const row = JSON.parse(line) as IssueMergeRow;
        if (typeof row.packageIssueId === 'string') done.set(row.packageIssueId, row);
      } catch {
        // not a whole line
      }
    }
    return new MergeProgress(file, done);
  }

  async record(row: IssueMergeRow): Promise<void> {
    const dir = path.dirname(this.file);
    const isNew = !(await fs.access(this.file).then(
      () => true,
      () => false,
    ));
    if (isNew) await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(this.file, 'a', 0o644);
    try {
      // A line torn by a crash before this one is ended first, so this one reads whole.
      const size = (await handle.stat()).size;
      await handle.appendFile(`${size > 0 ? '\n' : ''}${JSON.stringify(row)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (isNew) await syncFolder(dir);
  }

  async clear(): Promise<void> {
    await fs.rm(this.file, { force: true });
    await fs.rmdir(path.dirname(this.file)).catch(() => undefined);
  }
}
