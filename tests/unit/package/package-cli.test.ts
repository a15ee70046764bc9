import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { cli, collector } from '../../helpers/cli';
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

describe('package export on a terminal', () => {
  it('shows a status line of progress, and Ctrl+C stops it leaving nothing behind (exit 130)', async () => {
    const { library } = await libraryWithSample();
    const dir = tempDir();
    const stdout = collector();
    const errors = collector();
    let interrupt: (() => void) | null = null;
    // A terminal: the status line is rewritten in place; the person presses Ctrl+C once writing has begun.
    const stderr = {
      isTTY: true,
      columns: 60,
      write: (chunk: string | Uint8Array) => {
        errors.write(chunk);
        if (String(chunk).includes('正在写入 2/')) interrupt?.();
        return true;
      },
    };
    const code = await main(['package', 'export', '--out', 'p.tar', '--library', library.dir], {
      stdout,
      stderr,
      env: { ...process.env, LANG: 'zh_CN.UTF-8' },
      cwd: dir,
      onInterrupt: (listener) => {
        interrupt = listener;
        return () => undefined;
      },
    });
    const shown = errors.bytes().toString('utf8');
    expect(shown).toMatch(/\r正在写入 1\/8 package\.json/);
    expect(shown).toContain('已取消打包');
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});
