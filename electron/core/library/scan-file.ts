import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ScanReadingSchema } from '../../../shared/scan';
import type { ScanReading } from '../../../shared/scan';
import { ArchiveError } from '../errors';
import { writeFileDurably } from './durable-file';
import { SCANS_DIR } from './layout';

/**
 * What OCR read on a scanned issue's pages, `scans/<issueId>.json` (issue 16). Written with the
 * issue at its commit and kept as OCR read it: the reviewer's corrections go into the texts, the
 * lines here stay what the machine saw, so the page boxes still match the page image.
 */
export function scanFile(issueId: string): string {
  return path.join(SCANS_DIR, `${issueId}.json`);
}

/** The reading of an issue, null when it was not scanned; throws library-damaged when the file is unreadable. */
export async function readScanFile(dir: string, issueId: string): Promise<ScanReading | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, scanFile(issueId)), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = parseScanText(text);
  if (parsed === null) throw ArchiveError.of('library-damaged', { code: 'scan-damaged', issueId, file: scanFile(issueId) });
  return parsed;
}

/** The reading in a file's text, or null when it is not one (verify says so; packages refuse it). */
export function parseScanText(text: string): ScanReading | null {
  try {
    const parsed = ScanReadingSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes an issue's reading and returns how to put back what was there (the commit's rollback). */
export async function writeScanFile(dir: string, issueId: string, reading: ScanReading): Promise<() => Promise<void>> {
  const file = path.join(dir, scanFile(issueId));
  await fs.mkdir(path.dirname(file), { recursive: true });
  const before = await fs.readFile(file).catch(() => null);
  await writeFileDurably(file, `${JSON.stringify(reading)}\n`);
  return () => (before === null ? fs.rm(file, { force: true }) : writeFileDurably(file, before));
}
