import { promises as fs } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { createArchive } from '../../../electron/core/api/archive';
import { ChromiumPdfEngine, writeExport } from '../../../electron/core/export';
import type { PdfEngine } from '../../../electron/core/export';
import { openLibrary } from '../../../electron/core/library';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/contract/export';
import { libraryWithSample, SAMPLE, sampleBytes, tempDir } from '../../helpers/temp-library';
import { servicesWith } from './helpers';

describe('writing exports to a folder', () => {
  it('the command line exports every issue, one file each, reports progress, and refuses to overwrite without --force', async () => {
    const lib = path.join(tempDir(), 'lib');
    const out = tempDir();
    await cli(['import', SAMPLE, path.resolve(__dirname, '../../fixtures/bulletins/kjcx-gongzuo-dongtai-2023-12.txt'), '--library', lib]);
    const first = await cli(['export', '--all', '--format', 'md', '--out', out, '--library', lib]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/\[1\/2\] .*科技创新工作动态 2023年第12期\.md\n\[2\/2\] .*科技情报参考 2024年第3期\.md\n/);
    expect((await fs.readdir(out)).sort()).toEqual(['科技创新工作动态 2023年第12期.md', '科技情报参考 2024年第3期.md']);
    const before = await fs.readFile(path.join(out, '科技情报参考 2024年第3期.md'));
    await fs.writeFile(path.join(out, '科技情报参考 2024年第3期.md'), 'mine');

    const again = await cli(['export', '--all', '--format', 'md', '--out', out, '--library', lib]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/2 files already exist.*\n.*科技/);
    expect(again.stderr).toContain('--force');
    expect(await fs.readFile(path.join(out, '科技情报参考 2024年第3期.md'), 'utf8')).toBe('mine');

    expect((await cli(['export', '--all', '--format', 'md', '--out', out, '--force', '--library', lib])).code).toBe(0);
    expect(await fs.readFile(path.join(out, '科技情报参考 2024年第3期.md'))).toEqual(before);
  });

  it('the command line writes GB18030 text, a selection of articles, and a catalogue', async () => {
    const lib = path.join(tempDir(), 'lib');
    const out = tempDir();
    await cli(['import', SAMPLE, '--library', lib]);
    const gb = await cli(['export', '科技情报参考:2024:3', '--format', 'txt', '--encoding', 'gb18030', '--library', lib]);
    expect(gb.code).toBe(0);
    expect(iconv.decode(gb.stdoutBytes, 'gb18030')).toContain('武汉出台促进科技成果转化20条新政');
    const [issue] = JSON.parse((await cli(['list', '--json', '--library', lib])).stdout);
    const basket = await cli(['export', '--article', `${issue.id}-2`, `${issue.id}-5`, '--format', 'docx', '--out', out, '--library', lib]);
    expect(basket.code).toBe(0);
    expect((await fs.readdir(out)).some((name) => /^文章选编 \d{4}-\d{2}-\d{2}\.docx$/.test(name))).toBe(true);
    const csv = await cli(['export', '--all', '--format', 'csv', '--out', path.join(out, 'cat'), '--library', lib]);
    expect(csv.code).toBe(0);
    const [name] = await fs.readdir(path.join(out, 'cat'));
    expect(name).toMatch(/^内刊档案目录 \d{4}-\d{2}-\d{2}\.csv$/);
    const nothing = await cli(['export', '--format', 'pdf', '--library', lib]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/Say what to export/);
  });

  it('a failure midway leaves the finished files and no partial one', async () => {
    const library = await openLibrary(tempDir(), { create: true });
    await library.importBulletin({ name: 'a.txt', bytes: sampleBytes() });
    await library.importBulletin({
      name: 'b.txt',
      bytes: await fs.readFile(path.resolve(__dirname, '../../fixtures/bulletins/kjcx-gongzuo-dongtai-2023-12.txt')),
    });
    let calls = 0;
    const failing: PdfEngine = {
      pdf: async () => {
        calls += 1;
        // The first issue's two passes work; the second issue's printing fails.
        if (calls > 2) throw new Error('the printer caught fire');
        const { ChromiumPdfEngine } = await import('../../../electron/core/export');
        const real = new ChromiumPdfEngine();
        try {
          return await real.pdf('<!doctype html><p>PDMARK0Q</p>');
        } finally {
          await real.close();
        }
      },
      close: async () => undefined,
    };
    const out = tempDir();
    await expect(
      writeExport(
        library,
        { target: { kind: 'all' }, format: 'pdf', encoding: 'utf-8', options: DEFAULT_PRINT_OPTIONS },
        servicesWith(library, failing),
        { outDir: out, force: false },
      ),
    ).rejects.toThrow(/caught fire/);
    expect(await fs.readdir(out)).toEqual(['科技创新工作动态 2023年第12期.pdf']);
    await library.close();
  });

  it('the API prepares one file in the spool and hands it over once, by token', async () => {
    const { library, issueId } = await libraryWithSample();
    const dispatch = createArchive(library, { log: { error: () => undefined } }).dispatch;
    const prepared = await dispatch('export.prepare', { target: { kind: 'issue', issueId }, format: 'md', options: {} });
    if (!prepared.ok) throw new Error(prepared.error.message);
    const data = prepared.data as { token: string; fileName: string; bytes: number };
    expect(data.fileName).toBe('科技情报参考 2024年第3期.md');
    const taken = await dispatch('export.take', { token: data.token });
    if (!taken.ok) throw new Error(taken.error.message);
    const file = taken.data as { dataBase64: string; fileName: string };
    expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toMatch(/^# 科技情报参考/);
    const twice = await dispatch('export.take', { token: data.token });
    expect(twice.ok).toBe(false);
    // A path is never accepted where a token is expected.
    expect((await dispatch('export.take', { token: '../../etc/passwd' })).ok).toBe(false);
    // Everything as PDF is one file per issue: the API says to use the command line.
    const all = await dispatch('export.prepare', { target: { kind: 'all' }, format: 'pdf', options: {} });
    expect(all.ok ? '' : all.error.message).toMatch(/command line/);
    await library.close();
  });

  it('the print view still opens where no browser is installed, saying why its contents have no page numbers', async () => {
    const { library, issueId } = await libraryWithSample();
    const dispatch = createArchive(library, { log: { error: () => undefined }, pdfEngine: () => new ChromiumPdfEngine(null) }).dispatch;
    const result = await dispatch('print.document', { target: { kind: 'issue', issueId }, options: { paper: 'A5' } });
    if (!result.ok) throw new Error(result.error.message);
    const view = result.data as { notice: string | null; css: string; root: unknown };
    expect(view.notice).toMatch(/Chromium, Google Chrome or Microsoft Edge/);
    expect(view.css).toContain('size: A5;');
    expect(JSON.stringify(view.root)).toContain('武汉出台促进科技成果转化20条新政');
    const pdf = await dispatch('export.prepare', { target: { kind: 'issue', issueId }, format: 'pdf', options: {} });
    expect(pdf.ok ? '' : pdf.error.message).toMatch(/BULLETIN_ARCHIVE_BROWSER/);
    await library.close();
  });
});
