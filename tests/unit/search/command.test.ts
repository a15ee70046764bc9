import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchCommand } from '../../../electron/cli/commands/search';
import { openLibrary } from '../../../electron/core/library';
import { sampleBytes, tempDir } from '../../helpers/temp-library';

async function sampleLibraryDir(): Promise<string> {
  const dir = tempDir();
  const library = await openLibrary(dir, { create: true });
  await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
  return dir;
}

function captureStdout(): { text: () => string } {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  return { text: () => out };
}

afterEach(() => vi.restoreAllMocks());

describe('bulletin-archive search', () => {
  it('prints issue, title and a snippet per hit, hits marked with 【】', async () => {
    const library = await sampleLibraryDir();
    const out = captureStdout();
    expect(await searchCommand('武创通', { library }, 'zh')).toBe(0);
    expect(out.text()).toContain('找到 2 篇');
    expect(out.text()).toContain('湖北武汉：“【武创通】”科创平台上线服务大数据科技治理');
    expect(out.text()).toContain('科技情报参考 2024 年第 3 期');
    expect(out.text()).toMatch(/“【武创通】”科创服务平台/);
  });

  it('--json gives issue id, article id, title, score and snippet per hit', async () => {
    const library = await sampleLibraryDir();
    const out = captureStdout();
    expect(await searchCommand('成果转化', { library, json: true, limit: '2', year: '2024', series: '科技情报参考' }, 'en')).toBe(0);
    const parsed = JSON.parse(out.text()) as { total: number; hits: Record<string, unknown>[] };
    expect(parsed.total).toBe(4);
    expect(parsed.hits).toHaveLength(2);
    expect(Object.keys(parsed.hits[0] ?? {}).sort()).toEqual(['articleId', 'issueId', 'match', 'score', 'snippet', 'title']);
  });

  it('says so when nothing matches, and refuses a bad --year or --limit', async () => {
    const library = await sampleLibraryDir();
    const out = captureStdout();
    expect(await searchCommand('龘靐', { library }, 'en')).toBe(0);
    expect(out.text()).toContain('No article contains “龘靐”.');
    await expect(searchCommand('稀土', { library, year: 'last year' }, 'en')).rejects.toThrow(/--year takes/);
    await expect(searchCommand('稀土', { library, limit: '0' }, 'en')).rejects.toThrow(/--limit takes/);
  });
});
