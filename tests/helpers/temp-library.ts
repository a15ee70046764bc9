import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fs, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openLibrary } from '../../electron/core/library';
import type { Library } from '../../electron/core/library';

export const SAMPLE = path.resolve(__dirname, '../../resources/sample-kjqbck-2024-03.txt');
export const sampleBytes = (): Buffer => readFileSync(SAMPLE);

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'bulletin-archive-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Every file under `dir` with its checksum: two equal snapshots mean byte-identical folders. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(sub: string): Promise<void> {
    for (const entry of await fs.readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) {
        out[`${rel}/`] = 'dir';
        await walk(rel);
      } else {
        out[rel] = createHash('sha256').update(await fs.readFile(path.join(dir, rel))).digest('hex');
      }
    }
  }
  await walk('');
  return out;
}

/** A real library in a temporary folder with the sample issue imported. */
export async function libraryWithSample(): Promise<{ library: Library; issueId: string }> {
  const library = await openLibrary(tempDir(), { create: true });
  const outcome = await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
  if (outcome.status !== 'imported') throw new Error(outcome.message);
  return { library, issueId: outcome.issueId };
}
