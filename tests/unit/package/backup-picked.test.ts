import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { PickedFiles } from '../../../electron/core/api/picked-files';
import { ExportSpool } from '../../../electron/core/export/export-spool';
import { createDesktopDelivery } from '../../../electron/main/file-delivery';
import type { DesktopShell } from '../../../electron/main/file-delivery';
import type { JobView } from '../../../shared/contract';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

/**
 * Electron: the open dialog picks a package and the page gets a token, never the path nor the
 * bytes; the package calls name the token and the core reads the file where it lies.
 */
describe('a package picked by the desktop open dialog', () => {
  it('reaches the core by token, and a made-up token is refused', async () => {
    const { library } = await libraryWithSample();
    const bag = path.join(tempDir(), 'stick.zip');
    await fs.writeFile(bag, 'not a bag');
    const picked = new PickedFiles();
    const spool = new ExportSpool();
    const archive = createArchive(library, { spool, picked, log: { error: () => undefined } });
    const shell: DesktopShell = {
      documentsDir: tempDir(),
      tempDir: tempDir(),
      chooseSavePath: async () => null,
      choosePackagePath: async () => bag,
      openPath: async () => '',
    };
    try {
      const answer = await createDesktopDelivery(spool, () => library, picked)({ kind: 'pick-package' }, shell);
      if (!answer.ok || answer.data === null || !('picked' in answer.data)) throw new Error(JSON.stringify(answer));
      expect(answer.data.name).toBe('stick.zip');
      expect(JSON.stringify(answer)).not.toContain(path.dirname(bag));

      const started = await archive.dispatch('package.verify', { file: answer.data });
      if (!started.ok) throw new Error(started.error.message);
      const { jobId } = started.data as { jobId: string };
      let view: JobView | null = null;
      for (let polls = 0; polls < 400; polls += 1) {
        const status = await archive.dispatch('jobs.status', { jobId });
        if (!status.ok) throw new Error(status.error.message);
        view = status.data as JobView;
        if (view.state !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(view).toMatchObject({ state: 'done', result: { kind: 'package-verify', report: { valid: false, path: 'stick.zip' } } });
      // The picked file is the person's: it stays where it was.
      expect(await fs.readFile(bag, 'utf8')).toBe('not a bag');

      const forged = await archive.dispatch('package.verify', { file: { name: 'x.zip', picked: 'A'.repeat(32) } });
      if (!forged.ok) throw new Error(forged.error.message);
      const forgedJob = (forged.data as { jobId: string }).jobId;
      let forgedView: JobView | null = null;
      for (let polls = 0; polls < 400; polls += 1) {
        const status = await archive.dispatch('jobs.status', { jobId: forgedJob });
        forgedView = status.ok ? (status.data as JobView) : null;
        if (forgedView?.state !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(forgedView).toMatchObject({ state: 'failed', error: { said: { code: 'package-file-unknown' } } });
    } finally {
      await archive.close();
    }
  });
});
