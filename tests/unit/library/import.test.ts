import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import { sampleBytes, snapshot, tempDir } from '../../helpers/temp-library';

describe('importing a bulletin', () => {
  it('stores the original byte for byte, the articles and the masthead', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    const outcome = await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
    expect(outcome.status).toBe('imported');
    const [issue] = library.listIssues();
    expect(issue).toMatchObject({ series: '科技情报参考', year: 2024, number: 3, articleCount: 6 });
    const stored = library.getIssue(issue!.id);
    const original = await fs.readFile(path.join(dir, 'files', `${stored.original.sha256}.txt`));
    expect(original.equals(sampleBytes())).toBe(true);
    const fourth = await library.getArticle(stored.articles[3]!.id);
    expect(fourth.title).toContain('四链融合');
    expect(fourth.sections.flatMap((s) => s.paragraphs).join('')).toContain('南京');
    expect((await verifyLibrary(library)).problems).toEqual([]);
  });

  it('refuses the same file twice, naming the issue already there, and changes nothing', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    await library.importBulletin({ name: 'a.txt', bytes: sampleBytes() });
    const before = await snapshot(dir);
    const again = await library.importBulletin({ name: 'copy.txt', bytes: sampleBytes() });
    expect(again.status).toBe('duplicate');
    expect(again.message).toContain('科技情报参考:2024:3');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses another copy of the same series, year and number', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    await library.importBulletin({ name: 'a.txt', bytes: sampleBytes() });
    const before = await snapshot(dir);
    const edited = Buffer.concat([sampleBytes(), Buffer.from('\n\n')]);
    const again = await library.importBulletin({ name: 'resaved.txt', bytes: edited });
    expect(again).toMatchObject({ status: 'duplicate' });
    expect(again.message).toContain('a.txt');
    expect(await snapshot(dir)).toEqual(before);
    expect(library.listIssues()).toHaveLength(1);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty-file'],
    // A picture is a scan to read by OCR (issue 16): one cut short is said as unreadable.
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), 'unreadable-file'],
    ['layers.psd', Buffer.from([0x38, 0x42, 0x50, 0x53, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 1, 0, 0, 0]), 'binary-file'],
    ['notes.txt', Buffer.from('今天天气很好。\n我们去公园散步。\n'), 'not-a-bulletin'],
  ])('rejects %s with a reason and leaves the library byte-identical', async (name, bytes, code) => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    await library.importBulletin({ name: 'a.txt', bytes: sampleBytes() });
    const before = await snapshot(dir);
    const outcome = await library.importBulletin({ name, bytes });
    expect(outcome).toMatchObject({ status: 'failed', code });
    expect(outcome.message).toContain(name);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('removes what it wrote when a step fails half-way', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir, { create: true });
    // texts/ replaced by a file: the original is written, then writing the texts fails.
    await fs.rm(path.join(dir, 'texts'), { recursive: true });
    await fs.writeFile(path.join(dir, 'texts'), 'in the way');
    const before = await snapshot(dir);
    const outcome = await library.importBulletin({ name: 'a.txt', bytes: sampleBytes() });
    expect(outcome.status).toBe('failed');
    expect(await snapshot(dir)).toEqual(before);
    expect(library.listIssues()).toEqual([]);
  });
});
