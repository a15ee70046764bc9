import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backUp, backupBudget, backupsToDrop, listBackups } from '../../../electron/core/library/backups';
import { cli } from '../../helpers/cli';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

/**
 * Issue 20: backups took 1.41 MB on a 3 MB disk against 0.72 MB of originals. They are bounded by
 * size as well as count, the oldest dropped first, and verify says how much they take.
 */
const KB = 1024;

describe('backups bounded by size as well as count', () => {
  it('a large catalogue keeps only as many copies as its budget allows, newest first', async () => {
    const dir = tempDir();
    const big = `{"schemaVersion":2,"issues":[${'"x",'.repeat(50 * KB)}"x"]}`; // about 200 KB
    for (let i = 0; i < 20; i++) await backUp(dir, 'catalog.json', big.replace('"x"]', `"${String.fromCharCode(65 + i)}"]`));
    const copies = await listBackups(dir, 'catalog.json');
    const bytes = (await Promise.all(copies.map((f) => fs.stat(f)))).reduce((n, s) => n + s.size, 0);
    expect(bytes).toBeLessThanOrEqual(backupBudget(Buffer.byteLength(big)));
    expect(copies.length).toBe(Math.floor(backupBudget(Buffer.byteLength(big)) / Buffer.byteLength(big)));
    // The newest is kept: it is the last good state.
    expect(await fs.readFile(copies[0] ?? '', 'utf8')).toContain('"T"]');
  });

  it('small files keep up to 20 copies; the newest two always stay', () => {
    const small = Array.from({ length: 25 }, (_, i) => ({ file: `c${i}`, bytes: 2 * KB }));
    expect(backupsToDrop(small, backupBudget(2 * KB))).toEqual(small.slice(20).map((c) => c.file));
    const huge = [{ file: 'new', bytes: 64 * 1024 * KB }, { file: 'old', bytes: 64 * 1024 * KB }, { file: 'older', bytes: KB }];
    expect(backupsToDrop(huge, backupBudget(64 * 1024 * KB))).toEqual(['older']);
  });

  it('verify says how much the backups take, in Chinese and English', async () => {
    const { library } = await libraryWithSample();
    const expected = (await fs.readdir(path.join(library.dir, 'backups'))).length;
    const en = await cli(['verify', '--library', library.dir]);
    expect(en.stdout).toMatch(new RegExp(`Backups: ${expected} files, \\d+\\.\\d\\d MB`));
    const zh = await cli(['verify', '--library', library.dir], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(new RegExp(`备份：${expected} 个文件，共 \\d+\\.\\d\\d MB`));
    const json = JSON.parse((await cli(['verify', '--json', '--library', library.dir])).stdout) as { backups: { files: number; bytes: number } };
    expect(json.backups.files).toBe(expected);
    expect(json.backups.bytes).toBeGreaterThan(0);
  });
});
