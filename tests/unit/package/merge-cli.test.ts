import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MergeReport } from '../../../shared/package';
import { openLibrary, verifyLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { mergePackage } from '../../../electron/core/package/merge/merge-package';
import { cli } from '../../helpers/cli';
import { libraryView, setClock, twoLibraries } from '../../helpers/merge-libraries';
import { openPackageFolder, writePackageBag, writePackageFolder } from '../../helpers/package-folder';
import { snapshot, tempDir } from '../../helpers/temp-library';

afterEach(() => {
  vi.useRealTimers();
});

async function shareNote(a: Library, b: Library): Promise<void> {
  const only = (id: string) => a.getIssue(id).series === '科技情报参考';
  await mergePackage(b, await openPackageFolder(await writePackageFolder(a, path.join(tempDir('package-'), 'bag'), { only })));
}

describe('bulletin-archive package import', () => {
  it('shows the merge report of a dry run without changing the library, then merges a .zip and lists each conflict with both values', async () => {
    const { a, b } = await twoLibraries(shareNote);
    const zip = await writePackageBag(b, path.join(tempDir('bag-'), 'b.zip'), { container: 'zip' });
    setClock('13:00');
    // Opening folds the annotation journal (every command does): done first, so only the import's writes would show.
    await openLibrary(a.dir);
    const before = await snapshot(a.dir);
    const dry = await cli(['package', 'import', zip, '--dry-run', '--json', '--library', a.dir]);
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout) as MergeReport;
    expect(planned).toMatchObject({ dryRun: true, totals: { added: 1, merged: 2, failed: 0, conflicts: 2 } });
    // An issue added comes with its files: none of them is "attached" to an issue held.
    expect(planned.issues.filter((row) => row.action === 'added').map((row) => row.filesAttached)).toEqual([0]);
    expect(await snapshot(a.dir)).toEqual(before);

    const run = await cli(['package', 'import', zip, '--library', a.dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 added, 2 merged, 0 unchanged, 0 failed');
    expect(run.stdout).toContain('+ 科技动态:2024:1  added');
    expect(run.stdout).toContain('! publisher: the library “A 编辑部” @ 2026-03-01 09:10 · the package “B 编辑部” @ 2026-03-01 09:20');
    expect(run.stdout).toContain('→ kept the package (the newer edit)');
    expect(run.stdout).toContain('! remarks: the library “A 的备注” @ 2026-03-01 09:40 · the package “B 的备注” @ 2026-03-01 09:30');
    expect(run.stdout).toContain('→ kept the library (the newer edit)');
    expect(run.stdout).toContain('fields filled in: printedBy');
    const reopened = await openLibrary(a.dir);
    expect(reopened.findIssue('科技情报参考:2024:3').publisher).toBe('B 编辑部');
    expect((await verifyLibrary(reopened)).problems).toEqual([]);

    const zh = await cli(['package', 'import', zip, '--library', a.dir], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('新增 0 期，合并 0 期，无变化 3 期，失败 0 期');
    expect(zh.stdout).toContain('→ 保留 本书库（较新的修改）'.replace('（', ' (').replace('）', ')'));
  });

  it('refuses a damaged package, naming the bad file, and leaves the library as it was', async () => {
    const { a, b } = await twoLibraries(shareNote);
    const bag = await writePackageBag(b, path.join(tempDir('bag-'), 'b'));
    const issueJson = (await fs.readdir(path.join(bag, 'data', 'issues')))[0]!;
    const target = path.join(bag, 'data', 'issues', issueJson, 'issue.json');
    await fs.appendFile(target, ' ');
    await openLibrary(a.dir);
    const before = await snapshot(a.dir);
    const run = await cli(['package', 'import', bag, '--library', a.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`data/issues/${issueJson}/issue.json`);
    expect(await snapshot(a.dir)).toEqual(before);
  });
});

describe('bulletin-archive restore', () => {
  it('brings a library back from a full backup and an incremental one, deletions applied; refuses a library that holds issues', async () => {
    const { a } = await twoLibraries(shareNote);
    const backups = tempDir('backups-');
    const full = await writePackageBag(a, path.join(backups, 'full'), { createdAt: '2026-03-01T12:00:00.000Z' });
    setClock('12:30');
    const [gone] = a.issues().filter((i) => i.series !== '科技情报参考' && i.id !== undefined);
    await a.updateIssue(a.findIssue('科技情报参考:2024:3').id, { remarks: '备份之后的修改' });
    await a.deleteIssue(gone!.id);
    const incremental = await writePackageBag(a, path.join(backups, 'incremental'), {
      createdAt: '2026-03-01T12:40:00.000Z',
      kind: 'incremental',
      only: (id) => a.getIssue(id).series === '科技情报参考',
      deleted: [{ id: gone!.id, ref: `${gone!.series}:${gone!.year ?? '?'}:${gone!.number ?? '?'}`, at: '2026-03-01T12:30:00.000Z' }],
    });
    const target = path.join(tempDir('restored-'), 'library');
    const run = await cli(['restore', full, incremental, '--library', target]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('moved to the recycle area');
    const restored = await openLibrary(target);
    expect(await libraryView(restored)).toEqual(await libraryView(a));
    expect((await verifyLibrary(restored)).problems).toEqual([]);

    const again = await cli(['restore', full, '--library', target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--into-existing');
    const merged = await cli(['restore', full, incremental, '--library', target, '--into-existing', '--json']);
    expect(merged.code).toBe(0);
    // The full backup brings back the issue deleted since; the incremental deletes it again.
    expect((JSON.parse(merged.stdout) as { merges: MergeReport[] }).merges.map((m) => m.totals.added)).toEqual([1, 0]);
    expect(await libraryView(await openLibrary(target))).toEqual(await libraryView(a));
  });
});
