import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { noteFinished, SCAN_QUEUE_FILE, startQueue } from '../../../electron/core/library/scan-queue';
import { sayMessage } from '../../../shared/message-text';
import { cli } from '../../helpers/cli';
import { scannedPage } from '../../helpers/scanned-page';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

describe('bulletin-archive import of scans (issue 16)', () => {
  it('says the pages read and the time left, and keeps the reading with the issue', async () => {
    const dir = tempDir();
    const lib = path.join(dir, 'lib');
    const page = await scannedPage();
    const file = path.join(dir, page.name);
    await fs.writeFile(file, page.bytes);
    const run = await cli(['import', file, '--library', lib]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${page.name}: page 1/1`);
    expect(run.stdout).toMatch(/imported: .*扫描简报/);
    const scans = await fs.readdir(path.join(lib, 'scans'));
    expect(scans).toHaveLength(1);
    // Said in the reader's language, with the estimate once a page has set the pace.
    expect(sayMessage('zh', { code: 'scan-progress', file: 'scan.tif', done: 3, pages: 10, secondsLeft: 40 })).toBe('scan.tif：第 3/10 页，约剩 40 秒');
  }, 180_000);

  it('resumes an interrupted batch with the files it left waiting, and forgets the batch once done', async () => {
    const dir = tempDir();
    const lib = path.join(dir, 'lib');
    const first = path.join(dir, 'a-2024-03.txt');
    const second = path.join(dir, 'b-2024-04.txt');
    await fs.writeFile(first, sampleBytes());
    await fs.writeFile(second, sampleBytes().toString('utf8').replace('2024 年第 3 期', '2024 年第 4 期'));
    // A batch of two was under way when the machine restarted: the first was committed and noted.
    const library = await openLibrary(lib, { create: true });
    await startQueue(lib, [first, second]);
    const done = await library.importBulletin({ name: path.basename(first), bytes: await fs.readFile(first) });
    await noteFinished(lib, { ...done, file: first });
    await library.close();

    const resumed = await cli(['import', '--resume', '--library', lib]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('Resuming the unfinished scan batch: 1 file left.');
    expect(resumed.stdout.match(/^imported:/gm)).toHaveLength(1);
    expect(resumed.stdout).toContain('b-2024-04.txt');
    expect(existsSync(path.join(lib, SCAN_QUEUE_FILE))).toBe(false);

    const nothing = await cli(['import', '--resume', '--library', lib]);
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr).toContain('nothing to resume');
  });
});
