import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { BACKUPS_DIR } from './layout';
import { writeFileDurably } from './durable-file';
import { parseValidated } from './json-store';

/**
 * Rolling copies of the small, often-written files (catalog.json, annotations.json). A copy is
 * taken after each successful write, so the newest backup is the last good state. They are bounded
 * by count and by size (issue 20: 1.41 MB of backups were measured on a 3 MB disk against 0.72 MB of
 * originals): the copies of one file may take BUDGET_FACTOR times its current size, never less than
 * BUDGET_FLOOR (a new library keeps its few copies) nor more than BUDGET_CEILING (a large catalogue
 * does not fill the disk). The oldest go first; the newest MIN_KEEP always stay, so there is a state
 * before the last write to go back to.
 */
const KEEP = 20;
const MIN_KEEP = 2;
const BUDGET_FACTOR = 4;
const BUDGET_FLOOR = 256 * 1024;
const BUDGET_CEILING = 16 * 1024 * 1024;

/** The bytes the backups of a file of `size` bytes may take. */
export function backupBudget(size: number): number {
  return Math.min(BUDGET_CEILING, Math.max(BUDGET_FLOOR, BUDGET_FACTOR * size));
}

/** Which of the copies (newest first, with their sizes) to drop: beyond KEEP, or beyond the budget. */
export function backupsToDrop(copies: readonly { file: string; bytes: number }[], budget: number): string[] {
  const drop: string[] = [];
  let kept = 0;
  let used = 0;
  for (const copy of copies) {
    const fits = kept < MIN_KEEP || (kept < KEEP && used + copy.bytes <= budget);
    if (fits) {
      kept += 1;
      used += copy.bytes;
    } else drop.push(copy.file);
  }
  return drop;
}

function stem(name: string): string {
  return name.replace(/\.json$/, '');
}

export async function backUp(libraryDir: string, name: string, content: string): Promise<void> {
  const dir = path.join(libraryDir, BACKUPS_DIR);
  await fs.mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await writeFileDurably(path.join(dir, `${stem(name)}-${stamp}-${process.pid}.json`), content);
  const copies = await Promise.all((await listBackups(libraryDir, name)).map(async (file) => ({ file, bytes: await sizeOf(file) })));
  const drop = backupsToDrop(copies, backupBudget(Buffer.byteLength(content, 'utf8')));
  await Promise.all(drop.map((file) => fs.rm(file, { force: true })));
}

/** How many backup copies there are and how many bytes they take, for `verify`. */
export async function backupsUsage(libraryDir: string): Promise<{ files: number; bytes: number }> {
  const dir = path.join(libraryDir, BACKUPS_DIR);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return { files: 0, bytes: 0 };
  }
  const sizes = await Promise.all(names.filter((n) => !n.startsWith('.')).map((n) => sizeOf(path.join(dir, n))));
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
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
