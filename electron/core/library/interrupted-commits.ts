import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Issue } from '../../../shared/catalog';
import type { ArchiveMessage } from '../../../shared/messages';
import { writeFileDurably } from './durable-file';
import { originalFile, textsFile } from './layout';
import { scanFile } from './scan-file';

/**
 * A commit writes an issue's new files (originals, texts) before catalog.json, its commit point.
 * A process killed in between leaves files no catalogue entry names, and `verify` fails. So,
 * before writing them, the commit notes which files it is about to create (only files that did
 * not exist), and removes the note when it is over. On the next open, under the lock, a note
 * still there belongs to a commit that never finished: the files it lists that the catalogue
 * does not name are removed, and the person is told. A note never lists a file that existed
 * before, so nothing else is ever touched, whatever else the folder holds.
 */
export const PENDING_DIR = '.pending';

const NoteSchema = z.strictObject({ version: z.literal(1), files: z.array(z.string()), since: z.string() });

export interface PendingNote {
  /** Removes the note: the commit is over (committed, or rolled back). */
  clear(): Promise<void>;
}

/** Notes the files a commit is about to create (paths relative to the library). */
export async function notePendingFiles(libraryDir: string, files: readonly string[]): Promise<PendingNote> {
  const dir = path.join(libraryDir, PENDING_DIR);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${process.pid}-${randomBytes(6).toString('hex')}.json`);
  await writeFileDurably(file, JSON.stringify({ version: 1, files: [...files], since: new Date().toISOString() }));
  return {
    clear: async () => {
      await fs.rm(file, { force: true });
      // Only an empty folder goes (another commit's note keeps it): the library looks as before.
      await fs.rmdir(dir).catch(() => undefined);
    },
  };
}

/** Clears what interrupted commits left. Call while holding the library lock, on the freshly loaded catalogue. */
export async function clearInterruptedCommits(libraryDir: string, issues: readonly Issue[]): Promise<ArchiveMessage[]> {
  const dir = path.join(libraryDir, PENDING_DIR);
  let notes: string[];
  try {
    notes = (await fs.readdir(dir)).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const named = namedFiles(issues);
  const removed: string[] = [];
  for (const name of notes) {
    const note = await readNote(path.join(dir, name));
    for (const relative of note?.files ?? []) {
      const inside = insideLibrary(relative);
      if (inside === null || named.has(inside)) continue;
      const target = path.join(libraryDir, inside);
      if (await fs.rm(target).then(() => true, () => false)) removed.push(inside.split(path.sep).join('/'));
    }
    await fs.rm(path.join(dir, name), { force: true });
  }
  await fs.rmdir(dir).catch(() => undefined);
  if (removed.length === 0) return [];
  return [{ code: 'interrupted-import-cleared', count: removed.length, files: removed.join(', ') }];
}

/** Every file the catalogue names, as relative paths. */
function namedFiles(issues: readonly Issue[]): Set<string> {
  const named = new Set<string>();
  for (const issue of issues) {
    named.add(path.normalize(originalFile(issue.original.sha256, issue.original.ext)));
    named.add(path.normalize(textsFile(issue.id)));
    named.add(path.normalize(scanFile(issue.id)));
  }
  return named;
}

/** A note is a file on disk like any other: a path that leaves the library is ignored. */
export function insideLibrary(relative: string, paths: Pick<typeof path, 'normalize' | 'isAbsolute'> = path): string | null {
  const normal = paths.normalize(relative);
  if (paths.isAbsolute(normal) || normal === '.') return null;
  // Normalised, a path climbs out of the library exactly when its first step is `..`.
  if (normal.split(/[\\/]/)[0] === '..') return null;
  // A drive-relative path (C:foo) on Windows is not absolute, yet not inside the library either.
  if (/^[a-zA-Z]:/.test(normal)) return null;
  return normal;
}

async function readNote(file: string): Promise<z.infer<typeof NoteSchema> | null> {
  try {
    const parsed = NoteSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
