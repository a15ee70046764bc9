import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeOriginalCopy } from '../../../electron/main/original-copy';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'bulletin-archive-originals-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7 科技情报参考');

describe('the copy of an original handed to the system’s viewer', () => {
  it('is reused as it is when an identical copy is already there (a viewer may hold it open)', async () => {
    const first = await placeOriginalCopy(folder, '科技情报参考 2024年第3期.pdf', PDF);
    expect(path.basename(first)).toBe('科技情报参考 2024年第3期.pdf');
    expect(await placeOriginalCopy(folder, '科技情报参考 2024年第3期.pdf', PDF)).toBe(first);
  });

  it('never overwrites a copy that changed, nor something it cannot read: the next name is used', async () => {
    await writeFile(path.join(folder, 'issue.pdf'), 'edited by the person');
    await mkdir(path.join(folder, 'issue (2).pdf'));
    const copy = await placeOriginalCopy(folder, 'issue.pdf', PDF);
    expect(path.basename(copy)).toBe('issue (3).pdf');
    expect(await readFile(path.join(folder, 'issue.pdf'), 'utf8')).toBe('edited by the person');
    expect(new Uint8Array(await readFile(copy))).toEqual(PDF);
  });

  it('survives being asked twice at once (a double click)', async () => {
    const [a, b] = await Promise.all([placeOriginalCopy(folder, 'issue.pdf', PDF), placeOriginalCopy(folder, 'issue.pdf', PDF)]);
    for (const copy of [a, b]) expect(new Uint8Array(await readFile(copy))).toEqual(PDF);
  });
});
