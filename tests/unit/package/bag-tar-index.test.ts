import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BAG_LIMITS } from '../../../electron/core/package/bag/bag-source';
import { tarSource } from '../../../electron/core/package/bag/tar-source';
import { tempDir } from '../../helpers/temp-library';

async function tarOf(file: string, entries: { name: string; body?: string; type?: 'file' | 'symlink' | 'link' | 'directory' }[]): Promise<void> {
  const tar = pack();
  const written = pipeline(tar, createWriteStream(file));
  for (const e of entries) {
    if (e.type === 'symlink' || e.type === 'link') tar.entry({ name: e.name, type: e.type, linkname: '/etc/passwd' });
    else if (e.type === 'directory') tar.entry({ name: e.name, type: 'directory' });
    else tar.entry({ name: e.name }, e.body ?? '');
  }
  tar.finalize();
  await written;
}

describe('reading a .tar in place', () => {
  it('finds long names (ustar prefix and pax), links as links, and reads each file by its offset', async () => {
    const file = path.join(tempDir(), 'long.tar');
    const prefixed = `data/issues/${'a'.repeat(60)}-2/files/${'b'.repeat(64)}.docx`;
    const paxed = `data/${'c'.repeat(120)}/${'d'.repeat(120)}.txt`;
    await tarOf(file, [
      { name: 'data/', type: 'directory' },
      { name: prefixed, body: '前缀名' },
      { name: paxed, body: 'pax 名' },
      { name: 'data/soft', type: 'symlink' },
      { name: 'data/hard', type: 'link' },
      { name: 'data/empty.txt', body: '' },
    ]);
    const source = await tarSource(file, DEFAULT_BAG_LIMITS);
    expect(source.entries.map((e) => [e.path, e.kind])).toEqual([
      ['data', 'directory'],
      [prefixed, 'file'],
      [paxed, 'file'],
      ['data/soft', 'symlink'],
      ['data/hard', 'symlink'],
      ['data/empty.txt', 'file'],
    ]);
    const read = async (p: string): Promise<string> => {
      const chunks: Buffer[] = [];
      for await (const chunk of await source.open(p)) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks).toString('utf8');
    };
    expect(await read(paxed)).toBe('pax 名');
    expect(await read(prefixed)).toBe('前缀名');
    expect(await read('data/empty.txt')).toBe('');
  });

  it('refuses a tar whose header fails its checksum, or that ends before its end blocks', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ok.tar');
    await tarOf(file, [{ name: 'data/a.txt', body: 'x'.repeat(2000) }]);
    const bytes = await fs.readFile(file);
    const forged = Buffer.from(bytes);
    forged[0] = 'e'.charCodeAt(0);
    await fs.writeFile(path.join(dir, 'forged.tar'), forged);
    await expect(tarSource(path.join(dir, 'forged.tar'), DEFAULT_BAG_LIMITS)).rejects.toMatchObject({ problem: 'malformed' });
    await fs.writeFile(path.join(dir, 'cut.tar'), bytes.subarray(0, 512 + 1024));
    await expect(tarSource(path.join(dir, 'cut.tar'), DEFAULT_BAG_LIMITS)).rejects.toMatchObject({ problem: 'truncated' });
    await fs.writeFile(path.join(dir, 'no-end.tar'), bytes.subarray(0, 512 + 2048));
    await expect(tarSource(path.join(dir, 'no-end.tar'), DEFAULT_BAG_LIMITS)).rejects.toMatchObject({ problem: 'truncated' });
  });
});
