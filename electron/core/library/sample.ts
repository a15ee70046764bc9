import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The sample issue shipped in resources/, offered on first run. Found beside the source tree
 * (development, command line), beside the bundled main process (out/main), or in the packaged
 * app's resources folder.
 */
const SAMPLE_NAME = 'sample-kjqbck-2024-03.txt';

function findSample(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    path.resolve(here, '../../../resources', SAMPLE_NAME),
    path.resolve(here, '../../resources', SAMPLE_NAME),
    ...(packaged ? [path.join(packaged, 'resources', SAMPLE_NAME), path.join(packaged, SAMPLE_NAME)] : []),
  ];
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

export const SAMPLE_BULLETIN_PATH = findSample();
