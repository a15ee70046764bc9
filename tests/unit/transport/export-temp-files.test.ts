import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportSpool, createExportServices, writeExport } from '../../../electron/core/export';
import { AnnotationStore } from '../../../electron/core/annotations';
import { clearOrphanedSpools } from '../../../electron/core/export/export-spool';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/contract/export';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

const DEAD_PID = 99_999_999;

describe('temp files of a killed export (issue 20, defect 11)', () => {
  it('are removed from the folder by the next export into it; a running export keeps its own', async () => {
    const { library } = await libraryWithSample();
    const out = tempDir();
    // What a kill during an export leaves: the half-written temp file beside the finished ones.
    const leftover = `.科技情报参考 2024年第3期.md.tmp-${DEAD_PID}-0123456789ab`;
    const running = `.其他.md.tmp-${process.ppid}-ba9876543210`;
    const mine = '.notes.tmp-draft';
    for (const name of [leftover, running, mine]) await fs.writeFile(path.join(out, name), 'half');
    const services = createExportServices(new AnnotationStore(library));
    const written = await writeExport(library, { target: { kind: 'all' }, format: 'md', encoding: 'utf-8', options: DEFAULT_PRINT_OPTIONS }, services, {
      outDir: out,
      force: false,
    });
    expect(written.map((file) => path.basename(file))).toEqual(['科技情报参考 2024年第3期.md']);
    expect((await fs.readdir(out)).sort()).toEqual([running, mine, '科技情报参考 2024年第3期.md'].sort());
  });

  it("the spool's temporary folder of a killed process is removed when the next spool starts", async () => {
    const temp = tempDir();
    const dead = path.join(temp, `bulletin-archive-export-${DEAD_PID}-AbC123`);
    const alive = path.join(temp, `bulletin-archive-export-${process.ppid}-XyZ789`);
    await fs.mkdir(dead);
    await fs.writeFile(path.join(dead, 'token'), 'an export nobody took');
    await fs.mkdir(alive);
    clearOrphanedSpools(temp);
    expect(await fs.readdir(temp)).toEqual([path.basename(alive)]);
  });

  it('the spool names its folder after its process, so the next start can tell', async () => {
    const spool = new ExportSpool();
    await spool.put('a.md', 'text/markdown', new Uint8Array([1]));
    const ours = (await fs.readdir(os.tmpdir())).filter((name) => name.startsWith(`bulletin-archive-export-${process.pid}-`));
    expect(ours.length).toBeGreaterThan(0);
    spool.dispose();
  });
});
