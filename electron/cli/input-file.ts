import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../core/errors';

/** Reads a file named on the command line, with a message a person can act on when it cannot. */
export async function readInputFile(file: string): Promise<Uint8Array> {
  const full = path.resolve(file);
  let stat;
  try {
    stat = await fs.stat(full);
  } catch {
    throw new ArchiveError('not-found', `${file}: no such file. Check the name and the folder you are in.`);
  }
  if (stat.isDirectory()) {
    throw new ArchiveError('bad-input', `${file} is a folder, not a bulletin file. Name the files inside it (for example ${path.join(file, '*.txt')}).`);
  }
  if (!stat.isFile()) throw new ArchiveError('bad-input', `${file} is not a regular file.`);
  try {
    return await fs.readFile(full);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new ArchiveError('unreadable-file', `${file} cannot be read${code === 'EACCES' ? ': permission denied' : ''}.`);
  }
}
