import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { SAMPLE, tempDir } from '../../helpers/temp-library';

describe('bulletin-archive annotate and annotations', () => {
  it('annotates by quote, lists, exports JSON-LD and imports it into another library', async () => {
    const lib = path.join(tempDir(), 'lib');
    expect((await cli(['import', SAMPLE, '--library', lib])).code).toBe(0);
    const annotated = await cli([
      'annotate',
      '科技情报参考:2024:3:4',
      '--quote',
      '一是深化金融赋能',
      '--note',
      '周会讨论',
      '--color',
      'green',
      '--tag',
      '金融',
      '--library',
      lib,
    ]);
    expect(annotated.code).toBe(0);
    expect(annotated.stdout).toMatch(/Highlighted in 科技情报参考:2024:3:4 .*urn:uuid:/);
    const second = await cli(['annotate', '科技情报参考:2024:3:1', '--quote', '内蒙古', '--occurrence', '2', '--library', lib]);
    expect(second.code).toBe(0);

    const list = await cli(['annotations', 'list', '--json', '--library', lib]);
    const rows = JSON.parse(list.stdout) as { quote: string; note: string | null; color: string; tags: string[] }[];
    expect(rows.map((r) => r.quote).sort()).toEqual(['一是深化金融赋能', '内蒙古']);
    expect(rows.find((r) => r.quote === '一是深化金融赋能')).toMatchObject({ note: '周会讨论', color: 'green', tags: ['金融'] });

    const md = await cli(['annotations', 'export', '--library', lib]);
    expect(md.stdout).toContain('> 一是深化金融赋能');
    const out = path.join(tempDir(), 'notes.jsonld');
    expect((await cli(['annotations', 'export', '--format', 'jsonld', '--out', out, '--library', lib])).code).toBe(0);
    expect(JSON.parse(await fs.readFile(out, 'utf8')).total).toBe(2);

    const other = path.join(tempDir(), 'other');
    await cli(['import', SAMPLE, '--library', other]);
    const imported = await cli(['annotations', 'import', out, '--library', other]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 added');
    expect(JSON.parse((await cli(['annotations', 'list', '--json', '--library', other])).stdout)).toHaveLength(2);
  });

  it('says what is wrong with a bad quote, occurrence, colour or article', async () => {
    const lib = path.join(tempDir(), 'lib');
    await cli(['import', SAMPLE, '--library', lib]);
    const cases: [string[], RegExp][] = [
      [['--quote', '不存在的句子'], /does not occur/],
      [['--quote', '内蒙古', '--occurrence', '99'], /occurs \d+ time\(s\).*between 1 and/],
      [['--quote', '内蒙古', '--occurrence', '0'], /--occurrence must be a whole number/],
      [['--quote', '内蒙古', '--color', 'red'], /Unknown colour "red"/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(['annotate', '科技情报参考:2024:3:1', ...args, '--library', lib]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    const missing = await cli(['annotate', '科技情报参考:2024:3:9', '--quote', '内蒙古', '--library', lib]);
    expect(missing.stderr).toMatch(/No article "科技情报参考:2024:3:9"/);
  });
});
