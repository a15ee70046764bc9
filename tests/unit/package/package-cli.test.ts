import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

describe('bulletin-archive package export / verify', () => {
  it('writes a .zip of a year, verifies it (exit 0), and lists the bad file of a damaged copy (exit 1)', async () => {
    const { library, issueId } = await libraryWithSample();
    const dir = tempDir();
    const written = await cli(['package', 'export', '--year', '2024', '--out', 'p.zip', '--organization', '呼和浩特市科学技术局', '--library', library.dir], {}, dir);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toMatch(/^Package written: .*p\.zip \(1 issues, 8 files, [\d.]+ MB\)\.\n$/);

    const verified = await cli(['package', 'verify', 'p.zip', '--json'], {}, dir);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ valid: true, issues: 1, files: 8, problems: [], bagInfo: { 'Source-Organization': '呼和浩特市科学技术局', 'Bag-Count': '1 of 1' } });

    await cli(['package', 'export', '--out', 'folder', '--library', library.dir], {}, dir);
    const issueJson = path.join(dir, 'folder', 'data', 'issues', issueId, 'issue.json');
    await fs.appendFile(issueJson, ' ');
    const damaged = await cli(['package', 'verify', 'folder'], { LANG: 'zh_CN.UTF-8' }, dir);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toContain('已损坏：2 处问题');
    expect(damaged.stdout).toContain(`✗ data/issues/${issueId}/issue.json — 校验值不符`);
    expect(damaged.stdout).toContain('✗ bag-info.txt — Payload-Oxum 与内容不符');
  });

  it('says what is wrong with a bad year, an unknown issue, an empty selection or an existing path, and writes nothing', async () => {
    const { library } = await libraryWithSample();
    const dir = tempDir();
    const lib = ['--library', library.dir];
    const badYear = await cli(['package', 'export', '--year', '2021-2019', '--out', 'a.zip', ...lib], {}, dir);
    expect(badYear).toMatchObject({ code: 1 });
    expect(badYear.stderr).toMatch(/--year "2021-2019" is not valid/);
    const unknown = await cli(['package', 'export', '--issue', '科技情报参考:2024:99', '--out', 'b.zip', ...lib], {}, dir);
    expect(unknown.code).toBe(1);
    const empty = await cli(['package', 'export', '--series', '没有这个刊物', '--out', 'c.tar', ...lib], {}, dir);
    expect(empty.stderr).toMatch(/No issue matches the selection/);
    await fs.mkdir(path.join(dir, 'taken'));
    const taken = await cli(['package', 'export', '--out', 'taken', ...lib], {}, dir);
    expect(taken.stderr).toMatch(/taken already exists/);
    for (const name of ['a.zip', 'b.zip', 'c.tar']) expect(existsSync(path.join(dir, name))).toBe(false);
    const missing = await cli(['package', 'verify', 'nothing-here.zip'], {}, dir);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/not a BagIt bag \(no such file or folder\)/);
  });
});
