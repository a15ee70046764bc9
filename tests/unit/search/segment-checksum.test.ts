import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSearchIndex, LibrarySearch } from '../../../electron/core/search';
import { cli } from '../../helpers/cli';
import { libraryWithSample } from '../../helpers/temp-library';

/**
 * Issue 20, defect 9: bytes changed in a segment's stored texts showed in snippets while verify
 * said "sound". Every page of a segment now carries a checksum (issue 19: checked when the page is
 * first read, not all at open): verify reports a bad segment, and the first search that reads the
 * damaged page sets the segment aside and rebuilds it, so snippets are the library's own words again.
 */
describe('a search segment whose stored texts were changed', () => {
  it('is reported by verify and rebuilt by the next search, with true snippets', async () => {
    const { library } = await libraryWithSample();
    const first = await LibrarySearch.open(library);
    const before = first.query('稀土').hits.map((h) => h.snippet.text);
    first.close();
    expect(before.some((s) => s.includes('稀土'))).toBe(true);

    // Change every stored copy of 稀土 in the original texts (which come last in the file) to 假冒.
    const dir = path.join(library.dir, 'index');
    const segment = (await fs.readdir(dir)).find((n) => n.startsWith('seg-'));
    expect(segment).toBeDefined();
    const file = path.join(dir, segment ?? '');
    const bytes = await fs.readFile(file);
    const from = Buffer.from('稀土', 'utf16le');
    const headerLength = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.toString('utf8', 16, 16 + headerLength)) as { sections: Record<string, [number, number]> };
    const originals = Math.ceil((16 + headerLength) / 8) * 8 + (header.sections['originals']?.[0] ?? 0);
    let changed = 0;
    for (let at = bytes.indexOf(from, originals); at >= 0; at = bytes.indexOf(from, at + from.length), changed++) Buffer.from('假冒', 'utf16le').copy(bytes, at);
    expect(changed).toBeGreaterThan(0);
    await fs.writeFile(file, bytes);

    expect(await checkSearchIndex(library.dir)).toEqual([{ path: path.join('index', segment ?? ''), problem: expect.stringMatching(/checksum/) }]);
    const verify = await cli(['verify', '--library', library.dir]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/search index is damaged/);

    const reopened = await LibrarySearch.open(library);
    // The damaged page is found when first read, never shown: the answer leaves the segment out.
    const during = reopened.query('稀土').hits.map((h) => h.snippet.text);
    expect(during.join('')).not.toContain('假冒');
    expect(reopened.notices).toEqual([{ code: 'search-segment-rebuilt', file: segment }]);
    await reopened.settled();
    const after = reopened.query('稀土').hits.map((h) => h.snippet.text);
    reopened.close();
    expect(after).toEqual(before);
    expect(after.join('')).not.toContain('假冒');
    expect(await checkSearchIndex(library.dir)).toEqual([]);
    expect((await cli(['verify', '--library', library.dir])).code).toBe(0);
  });

  it('verify --repair rebuilds it at once', async () => {
    const { library } = await libraryWithSample();
    (await LibrarySearch.open(library)).close();
    const dir = path.join(library.dir, 'index');
    const file = path.join(dir, (await fs.readdir(dir)).find((n) => n.startsWith('seg-')) ?? '');
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0xff;
    await fs.writeFile(file, bytes);
    const repair = await cli(['verify', '--repair', '--library', library.dir]);
    expect(repair.stdout).toMatch(/search index rebuilt/);
    expect(repair.code).toBe(0);
    expect(await checkSearchIndex(library.dir)).toEqual([]);
  });
});
