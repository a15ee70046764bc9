import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../errors';
import type { Library } from '../library';
import { writeFileDurably } from '../library/durable-file';
import { clearOrphanedExportTemps } from './export-folder';
import { exportFiles, plannedStems } from './export-files';
import type { ExportRequest, ExportServices } from './export-files';
import { uniqueFileName } from './file-names';

export type ExportProgress = { kind: 'file'; done: number; total: number; file: string };

/**
 * Writes an export into a folder. Every name is checked before anything is made: an existing
 * file is replaced only with `force`. Each file is written whole or not at all (temp + rename),
 * so a failure midway leaves the files already finished and no partial one; the temp file of an
 * export that was killed is removed by the next export into that folder.
 */
export async function writeExport(
  library: Library,
  request: ExportRequest,
  services: ExportServices,
  options: { outDir: string; force: boolean; onProgress?: (progress: ExportProgress) => void },
): Promise<string[]> {
  const outDir = path.resolve(options.outDir);
  await fs.mkdir(outDir, { recursive: true });
  await clearOrphanedExportTemps(outDir);
  const taken = new Set<string>();
  const targets = plannedStems(library, request).map(({ stem, ext }) => {
    const name = uniqueFileName(stem, ext, taken);
    taken.add(name);
    return path.join(outDir, name);
  });
  if (!options.force) {
    const existing = (await Promise.all(targets.map(async (t) => ((await exists(t)) ? t : null)))).filter((t): t is string => t !== null);
    if (existing.length > 0) {
      const list = existing.slice(0, 5).join('\n  ');
      throw new ArchiveError(
        'bad-input',
        `${existing.length === 1 ? 'This file already exists' : `${existing.length} files already exist`}:\n  ${list}\nNothing was written. Choose another folder, or add --force to replace them.`,
      );
    }
  }
  const written: string[] = [];
  let index = 0;
  for await (const file of exportFiles(library, request, services)) {
    const target = targets[index];
    if (!target) throw new Error('the export made more files than planned');
    index += 1;
    await writeFileDurably(target, file.bytes);
    written.push(target);
    options.onProgress?.({ kind: 'file', done: index, total: targets.length, file: target });
  }
  return written;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
