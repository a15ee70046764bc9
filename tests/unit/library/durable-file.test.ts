import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileDurably } from '../../../electron/core/library/durable-file';
import { tempDir } from '../../helpers/temp-library';

afterEach(() => vi.restoreAllMocks());

describe('writeFileDurably', () => {
  it('syncs the new content before the rename and the folder after it, leaving no temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'catalog.json');
    await fs.writeFile(target, 'old');
    const probe = await fs.open(target, 'r');
    const handleProto = Object.getPrototypeOf(probe) as { sync(): Promise<void> };
    await probe.close();
    const events: string[] = [];
    vi.spyOn(handleProto, 'sync').mockImplementation(async function (this: { fd: number }) {
      events.push('sync');
    });
    const rename = fs.rename.bind(fs);
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      events.push('rename');
      return rename(from, to);
    });
    await writeFileDurably(target, 'new');
    expect(events).toEqual(process.platform === 'win32' ? ['sync', 'rename'] : ['sync', 'rename', 'sync']);
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['catalog.json']);
  });
});
