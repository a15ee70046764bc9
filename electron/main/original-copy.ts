import { promises as fs } from 'node:fs';
import path from 'node:path';

const MAX_COPIES = 50;

/**
 * Puts a copy of an original in `folder` for the system's viewer and returns its path. An
 * identical copy already there is reused as it is; a copy that differs (the person edited it)
 * or cannot be read (Word and Acrobat lock open files on Windows) is left alone and the next
 * free name (`name (2).pdf`) is used. An existing file is never rewritten: writing over a
 * locked one fails on Windows, and writing over an edited one would lose the edits.
 */
export async function placeOriginalCopy(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  await fs.mkdir(folder, { recursive: true });
  const { name: stem, ext } = path.parse(name);
  for (let copy = 1; copy <= MAX_COPIES; copy += 1) {
    const file = path.join(folder, copy === 1 ? name : `${stem} (${copy})${ext}`);
    const existing = await readIfPresent(file);
    if (existing === 'absent') {
      try {
        // Read-only, so a viewer that edits says so instead of saving into a temporary folder.
        await fs.writeFile(file, bytes, { flag: 'wx', mode: 0o444 });
        return file;
      } catch (error) {
        if (errorCode(error) === 'EEXIST') continue; // opened twice at once: try the next name
        throw error;
      }
    }
    if (existing !== 'unreadable' && Buffer.from(existing).equals(bytes)) return file;
  }
  throw new Error(`${MAX_COPIES} copies of ${name} are already open in ${folder}`);
}

async function readIfPresent(file: string): Promise<Uint8Array | 'absent' | 'unreadable'> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? 'absent' : 'unreadable';
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
