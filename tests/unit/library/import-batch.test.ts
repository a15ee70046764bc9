import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { collectBulletinFiles, importFiles } from '../../../electron/core/library/import-batch';
import type { BatchProgress } from '../../../electron/core/library/import-batch';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

/** A folder of back issues as archivists bring them: nested, with strays and broken files. */
async function backIssueFolder(): Promise<string> {
  const dir = tempDir();
  const text = sampleBytes().toString('utf8');
  await fs.mkdir(path.join(dir, '2024', 'spring'), { recursive: true });
  for (const n of [1, 2, 3]) {
    await fs.writeFile(path.join(dir, '2024', 'spring', `kjqbck-${n}.txt`), text.replace('2024 年第 3 期', `2024 年第 ${n} 期`));
  }
  await fs.writeFile(path.join(dir, '2024', 'copy-of-3.txt'), text); // same as kjqbck-3.txt
  await fs.writeFile(path.join(dir, '2024', 'empty.txt'), '');
  await fs.writeFile(path.join(dir, 'broken.pdf'), 'not a pdf at all');
  await fs.writeFile(path.join(dir, 'cover.psd'), 'jpeg');
  await fs.writeFile(path.join(dir, '.DS_Store'), 'x');
  return dir;
}

describe('importing a folder of back issues', () => {
  it('imports every bulletin, skips duplicates, reports failures and goes on', async () => {
    const folder = await backIssueFolder();
    const { files, skipped } = await collectBulletinFiles([folder]);
    expect(files.map((f) => path.relative(folder, f))).toEqual([
      path.join('2024', 'copy-of-3.txt'),
      path.join('2024', 'empty.txt'),
      path.join('2024', 'spring', 'kjqbck-1.txt'),
      path.join('2024', 'spring', 'kjqbck-2.txt'),
      path.join('2024', 'spring', 'kjqbck-3.txt'),
      'broken.pdf',
    ]);
    expect(skipped.map((f) => path.basename(f))).toEqual(['cover.psd']);

    const library = await openLibrary(path.join(tempDir(), 'lib'), { create: true });
    const seen: BatchProgress[] = [];
    const { outcomes, cancelled } = await importFiles(library, files, { onProgress: (p) => seen.push(p) });
    expect(cancelled).toBe(false);
    expect(outcomes.map((o) => [path.basename(o.file), o.status])).toEqual([
      ['copy-of-3.txt', 'imported'],
      ['empty.txt', 'failed'],
      ['kjqbck-1.txt', 'imported'],
      ['kjqbck-2.txt', 'imported'],
      ['kjqbck-3.txt', 'duplicate'],
      ['broken.pdf', 'failed'],
    ]);
    expect(library.listIssues().map((i) => i.number)).toEqual([3, 2, 1]);
    expect(seen.at(-1)).toMatchObject({ done: 6, total: 6, current: null, counts: { imported: 3, duplicate: 1, failed: 2 } });
    expect(seen[1]?.remainingMs).not.toBeNull();
    expect((await verifyLibrary(library)).problems).toEqual([]);
  });

  it('stops cleanly when cancelled, keeping what was imported', async () => {
    const folder = await backIssueFolder();
    const { files } = await collectBulletinFiles([path.join(folder, '2024', 'spring')]);
    const library = await openLibrary(path.join(tempDir(), 'lib'), { create: true });
    const controller = new AbortController();
    const { outcomes, cancelled } = await importFiles(library, files, {
      signal: controller.signal,
      onOutcome: () => controller.abort(),
    });
    expect(cancelled).toBe(true);
    expect(outcomes).toHaveLength(1);
    expect(library.listIssues()).toHaveLength(1);
    expect((await verifyLibrary(library)).problems).toEqual([]);
  });
});
