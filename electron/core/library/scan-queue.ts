import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ImportOutcome } from '../../../shared/contract';
import { writeFileDurably } from './durable-file';

/**
 * The record of a batch import, so an overnight run of scans resumes after a restart (issue 16):
 * `.scanning/queue.jsonl`, a first line naming every file of the batch, then one line per file
 * as it finishes. Each file is committed as it finishes (all or nothing per issue, commit-issue.ts),
 * so what is waiting is the files without a line. `import --resume` takes them up; a new batch
 * started while one waits takes the waiting files along, so none is forgotten.
 */
export const SCAN_QUEUE_FILE = path.join('.scanning', 'queue.jsonl');

const HeadSchema = z.strictObject({ format: z.literal('bulletin-archive/import-queue'), startedAt: z.string(), files: z.array(z.string()) });
const DoneSchema = z.strictObject({ file: z.string(), status: z.enum(['imported', 'duplicate', 'failed']), at: z.string() });

export interface QueueState {
  files: string[];
  finished: Map<string, ImportOutcome['status']>;
}

/** The batch recorded in the library, or null when none is unfinished (a damaged record counts as none). */
export async function readQueue(dir: string): Promise<QueueState | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, SCAN_QUEUE_FILE), 'utf8');
  } catch {
    return null;
  }
  const [first, ...rest] = text.split('\n');
  const head = HeadSchema.safeParse(safeJson(first ?? ''));
  if (!head.success) return null;
  const finished = new Map<string, ImportOutcome['status']>();
  // A line cut short by a kill is not a finished file: it is tried again.
  for (const line of rest) {
    const done = DoneSchema.safeParse(safeJson(line));
    if (done.success) finished.set(done.data.file, done.data.status);
  }
  return { files: head.data.files, finished };
}

export function waitingFiles(queue: QueueState | null): string[] {
  return queue ? queue.files.filter((f) => !queue.finished.has(f)) : [];
}

/** Records a batch (with any files an unfinished one left waiting) before its first file is read. */
export async function startQueue(dir: string, files: readonly string[]): Promise<string[]> {
  const all = [...new Set([...waitingFiles(await readQueue(dir)), ...files.map((f) => path.resolve(f))])];
  const file = path.join(dir, SCAN_QUEUE_FILE);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurably(file, `${JSON.stringify({ format: 'bulletin-archive/import-queue', startedAt: new Date().toISOString(), files: all })}\n`);
  return all;
}

export async function noteFinished(dir: string, outcome: ImportOutcome): Promise<void> {
  const line = { file: path.resolve(outcome.file), status: outcome.status, at: new Date().toISOString() };
  await fs.appendFile(path.join(dir, SCAN_QUEUE_FILE), `${JSON.stringify(line)}\n`);
}

/** The batch is over with nothing waiting: the record goes. */
export async function endQueue(dir: string): Promise<void> {
  if (waitingFiles(await readQueue(dir)).length > 0) return;
  await fs.rm(path.join(dir, '.scanning'), { recursive: true, force: true });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
