import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileDurably } from './durable-file';

/**
 * A lowdb adapter that refuses to guess. lowdb loads its defaults whenever an adapter returns
 * null, and its next write then replaces the real data with them; so this adapter returns null
 * only when the file does not exist, and throws DamagedFileError for anything present but not
 * valid (empty, truncated, NUL-filled, `null`, wrong shape). The caller decides what to do.
 */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DamagedFileError';
  }
}

export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly migrate: (raw: unknown) => unknown = (raw) => raw,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    return parseValidated(this.file, text, this.schema, this.migrate);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, this.serialise(data));
  }

  serialise(data: T): string {
    return `${JSON.stringify(data, null, 1)}\n`;
  }
}

export function parseValidated<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  migrate: (raw: unknown) => unknown = (raw) => raw,
): T {
  if (text.trim() === '') throw new DamagedFileError(file, 'the file is empty');
  if (text.includes('\u0000')) throw new DamagedFileError(file, 'the file contains NUL bytes (a write was cut off)');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DamagedFileError(file, 'the file is not complete JSON (truncated or corrupted)');
  }
  const result = schema.safeParse(migrate(raw));
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw new DamagedFileError(file, `the content is not valid${where}: ${first?.message ?? 'unknown shape'}`);
  }
  return result.data;
}

export function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
