import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { cli } from '../../helpers/cli';
import { SAMPLE, sampleBytes, snapshot, tempDir } from '../../helpers/temp-library';
import { writeFileSync } from 'node:fs';

async function librarySetUp(): Promise<{ dir: string; lib: string[] }> {
  const dir = tempDir();
  const lib = ['--library', dir];
  const imported = await cli(['import', SAMPLE, ...lib]);
  expect(imported.code).toBe(0);
  return { dir, lib };
}

describe('bulletin-archive edit, history, undo, import --attach', () => {
  it('edits every kind of catalogue field, shows it, and records it as the command line', async () => {
    const { dir, lib } = await librarySetUp();
    const edited = await cli([
      'edit', '科技情报参考:2024:3',
      '--pages', '24', '--room', '档案室', '--cabinet', 'B', '--box', '12',
      '--accession-number', 'DJ-31', '--retention', 'D30:长期30年', '--security', '内部', '--security-term', '长期',
      '--distribution', '报:市委办公室、市政府办公室', '--distribution', '送:各旗县区科技局',
      '--print-run', '120', '--printed-by', '市科技局办公室', '--printed-on', '2024-06-18', '--permit', '蒙内准字123号',
      '--remarks', '纸本缺封底', '--editor', '王芳', '--total-number', '88', ...lib,
    ]);
    expect(edited.stderr).toBe('');
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('Location: 档案室 / B / 12');
    expect(edited.stdout).toContain('Distribution: 报：市委办公室、市政府办公室；送：各旗县区科技局');
    const issue = (await openLibrary(dir)).findIssue('科技情报参考:2024:3');
    expect(issue).toMatchObject({
      pages: 24, accessionNumber: 'DJ-31', retention: { code: 'D30', label: '长期30年' }, security: '内部', securityTerm: '长期',
      printRun: 120, printedBy: '市科技局办公室', printedOn: '2024-06-18', permit: '蒙内准字123号', remarks: '纸本缺封底', editor: '王芳', totalNumber: 88,
    });
    await cli(['settings', '--fonds', 'J012', ...lib]);
    const auto = await cli(['edit', '科技情报参考:2024:3', '--reference', 'auto', '--json', ...lib]);
    expect(JSON.parse(auto.stdout).reference).toBe('J012-WS·2024-D30-0001');
    const shown = await cli(['show', '科技情报参考:2024:3', ...lib]);
    expect(shown.stdout).toContain('Reference: J012-WS·2024-D30-0001');
    const history = await cli(['history', '科技情报参考:2024:3', '--json', ...lib]);
    const rows = JSON.parse(history.stdout);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['edit', 'edit', 'import']);
    expect(rows[1]).toMatchObject({ program: 'cli' });
    const csv = await cli(['history', '--format', 'csv', ...lib]);
    expect(csv.stdout).toContain('remarks: 纸本缺封底');
  });

  it('refuses a bad value with a message naming the field, and changes nothing', async () => {
    const { dir, lib } = await librarySetUp();
    const before = await snapshot(dir);
    for (const args of [['--pages', 'many'], ['--retention', 'forever'], ['--printed-on', '18/6/2024'], []]) {
      const run = await cli(['edit', '科技情报参考:2024:3', ...args, ...lib]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(args.length === 0 ? /No field to change/ : new RegExp(`not valid for ${args[0]!.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`));
    }
    expect(await snapshot(dir)).toEqual(before);
  });

  it('says which case another file of an issue is, attaches it with --attach, and undoes it', async () => {
    const { dir, lib } = await librarySetUp();
    const other = path.join(tempDir(), 'kjqbck-rescan.txt');
    writeFileSync(other, Buffer.concat([sampleBytes(), Buffer.from('\n（勘误）\n')]));
    const before = await snapshot(dir);
    const plain = await cli(['import', other, ...lib]);
    expect(plain.stdout).toMatch(/科技情报参考:2024:3 is already in the library .*another file of the same issue with different content.*--attach/);
    expect(await snapshot(dir)).toEqual(before);
    const same = await cli(['import', SAMPLE, ...lib]);
    expect(same.stdout).toMatch(/duplicate, skipped: .*already in the library as .*科技情报参考:2024:3/);
    const attached = await cli(['import', '--attach', other, ...lib]);
    expect(attached.stdout).toMatch(/Attached kjqbck-rescan\.txt to 科技情报参考:2024:3 \(better scan\)/);
    expect((await cli(['verify', ...lib])).code).toBe(0);
    const undo = await cli(['undo', ...lib]);
    expect(undo.stdout).toMatch(/^Undone: attach 科技情报参考:2024:3/);
    expect((await openLibrary(dir)).findIssue('科技情报参考:2024:3').files).toEqual([]);
    expect((await cli(['verify', ...lib])).code).toBe(0);
  });
});
