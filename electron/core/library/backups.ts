import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { BACKUPS_DIR } from './layout';
import { writeFileDurably } from './durable-file';
import { parseValidated } from './json-store';

/**
 * Rolling copies of the small, often-written files (catalog.json, annotations.json). A copy is
 * taken after each successful write, so the newest backup is the last good state; the oldest
 * beyond KEEP are pruned.
 */
const KEEP = 20;

function stem(name: string): string {
  return name.replace(/\.json$/, '');
}

export async function backUp(libraryDir: string, name: string, content: string): Promise<void> {
  const dir = path.join(libraryDir, BACKUPS_DIR);
  await fs.mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await writeFileDurably(path.join(dir, `${stem(name)}-${stamp}-${process.pid}.json`), content);
  const copies = await listBackups(libraryDir, name);
  await Promise.all(copies.slice(KEEP).map((file) => fs.rm(file, { force: true })));
}

/** Newest first. */
export async function listBackups(libraryDir: string, name: string): Promise<string[]> {
  const dir = path.join(libraryDir, BACKUPS_DIR);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const prefix = `${stem(name)}-`;
  return names
    .filter((n) => n.startsWith(prefix) && n.endsWith('.json'))
    .sort()
    .reverse()
    .map((n) => path.join(dir, n));
}

export async function newestGoodBackup<T>(
  libraryDir: string,
  name: string,
  schema: z.ZodType<T>,
  migrate: (raw: unknown) => unknown,
): Promise<{ file: string; data: T } | null> {
  for (const file of await listBackups(libraryDir, name)) {
    try {
      const data = parseValidated(file, await fs.readFile(file, 'utf8'), schema, migrate);
      return { file, data };
    } catch {
      // a damaged backup is skipped; an older one may still be good
    }
  }
  return null;
}
