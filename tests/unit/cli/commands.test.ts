import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { SAMPLE, snapshot, tempDir } from '../../helpers/temp-library';

describe('bulletin-archive command', () => {
  it('imports the sample, refuses it again, lists, shows, exports and verifies', async () => {
    const lib = path.join(tempDir(), 'scratch-library');
    const first = await cli(['import', SAMPLE, '--library', lib]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/imported: .*6 articles/);
    const before = await snapshot(lib);
    const again = await cli(['import', SAMPLE, '--library', lib]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/duplicate.*科技情报参考:2024:3/);
    expect(await snapshot(lib)).toEqual(before);

    const list = await cli(['list', '--library', lib], { LANG: 'zh_CN.UTF-8' });
    expect(list.stdout).toContain('科技情报参考');
    expect(list.stdout).toContain('2024 年第 3 期');
    expect(list.stdout).toContain('6 篇');

    const show = await cli(['show', '科技情报参考:2024:3', '--library', lib]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('武汉出台促进科技成果转化20条新政');

    const md = await cli(['export', '科技情报参考:2024:3', '--format', 'md', '--library', lib]);
    expect(md.stdout).toMatch(/^# 科技情报参考/);
    expect(md.stdout).toContain('## 南京市厚植科创沃土推动创新型民营经济高质量发展');

    const out = path.join(tempDir(), 'issue.json');
    expect((await cli(['export', '科技情报参考:2024:3', '--format', 'json', '--out', out, '--library', lib])).code).toBe(0);
    expect(JSON.parse(await fs.readFile(out, 'utf8')).articles).toHaveLength(6);
    const clobber = await cli(['export', '科技情报参考:2024:3', '--format', 'json', '--out', out, '--library', lib]);
    expect(clobber.code).toBe(1);
    expect(clobber.stderr).toContain('already exists');

    expect((await cli(['verify', '--library', lib])).code).toBe(0);
    const [original] = await fs.readdir(path.join(lib, 'files'));
    await fs.rm(path.join(lib, 'files', original!));
    const broken = await cli(['verify', '--library', lib]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('is missing');
  });

  it('parse --json prints the ParsedIssue shape', async () => {
    const { code, stdout } = await cli(['parse', SAMPLE, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed).sort()).toEqual(
      [
        ...['kind', 'series', 'year', 'number', 'numberTo', 'supplement', 'totalNumber', 'date', 'publisher', 'editor', 'reviewer', 'phone'],
        ...['articles', 'marks', 'closing', 'unplaced', 'evidence', 'warnings'],
      ].sort(),
    );
    expect(parsed.articles).toHaveLength(6);
  });

  it('gives every bad input a clear message and a non-zero exit', async () => {
    const dir = tempDir();
    const lib = path.join(dir, 'lib');
    await fs.writeFile(path.join(dir, 'empty.txt'), '');
    await fs.writeFile(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 0, 1]));
    await fs.mkdir(path.join(dir, 'photos'));
    await fs.writeFile(path.join(dir, 'photos', 'a.psd'), 'x');
    const cases: [string[], RegExp][] = [
      [['import', path.join(dir, 'missing.txt'), '--library', lib], /no such file/],
      [['import', path.join(dir, 'photos'), '--library', lib], /No bulletin files .* found in/],
      [['import', path.join(dir, 'empty.txt'), '--library', lib], /empty/],
      [['import', path.join(dir, 'blob.bin'), '--library', lib], /binary/i],
      [['parse', path.join(dir, 'missing.txt')], /no such file/],
      [['parse', path.join(dir, 'empty.txt')], /empty/],
      [['list', '--library', path.join(dir, 'photos')], /not a Bulletin Archive library/],
      [['verify', '--library', path.join(dir, 'nowhere')], /no library/],
      [['show', 'nothing:2024:1', '--library', lib], /No issue "nothing:2024:1"/],
      [['export', 'x', '--format', 'rtf', '--library', lib], /Unknown format "rtf"/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`, args.join(' ')).toMatch(message);
    }
    expect(await fs.readdir(path.join(dir, 'photos'))).toEqual(['a.psd']);
  });
});
