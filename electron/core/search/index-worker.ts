import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { IssueTextsSchema } from '../../../shared/catalog';
import type { IssueTexts } from '../../../shared/catalog';
import { parseValidated } from '../library/json-store';
import { textsFile } from '../library/layout';
import { systemRefusalOf } from '../system-refusal';
import { documentsOfIssue, issueFingerprint } from './document';
import type { SearchDocument } from './document';
import type { IndexWorkerMessage, IndexWorkerRequest } from './index-worker-protocol';
import { indexDir } from './manifest';
import { MAX_SEGMENT_DOCS } from './segment';
import { buildSegment } from './segment-builder';
import { writeSegment } from './segment-file';

// The index builder worker: reads texts, builds and writes segments, says what it wrote, and
// ends. Built by electron-vite as out/main/index-worker.js; run from source through tsx.
const PROGRESS_EVERY = 100;

const say = (message: IndexWorkerMessage): void => parentPort?.postMessage(message);

async function readTexts(libraryDir: string, issueId: string): Promise<Pick<IssueTexts, 'articles'>> {
  const file = path.join(libraryDir, textsFile(issueId));
  return parseValidated(file, await fs.readFile(file, 'utf8'), IssueTextsSchema);
}

async function build({ libraryDir, issues, segmentDocs }: IndexWorkerRequest): Promise<void> {
  const dir = indexDir(libraryDir);
  const total = issues.reduce((n, issue) => n + issue.articles.length, 0);
  let done = 0;
  let batch: SearchDocument[] = [];
  let batchIssues: Record<string, string> = {};
  say({ kind: 'progress', done, total });
  const flush = async (): Promise<boolean> => {
    if (batch.length === 0) return true;
    const segment = buildSegment(batch, () => {
      done++;
      if (done % PROGRESS_EVERY === 0) say({ kind: 'progress', done, total });
    });
    const file = `seg-${randomBytes(8).toString('hex')}.bin`;
    say({ kind: 'writing', file });
    try {
      await fs.mkdir(dir, { recursive: true });
      const written = await writeSegment(path.join(dir, file), segment);
      written.segment.close();
    } catch (error) {
      const reason = systemRefusalOf(error);
      if (reason === null) throw error;
      say({ kind: 'refused', reason });
      return false;
    }
    segment.close();
    say({ kind: 'segment', file, articles: batch.length, issues: batchIssues });
    batch = [];
    batchIssues = {};
    return true;
  };
  for (const issue of issues) {
    let texts: Pick<IssueTexts, 'articles'>;
    try {
      texts = await readTexts(libraryDir, issue.id);
    } catch {
      done += issue.articles.length;
      say({ kind: 'left-out', issueId: issue.id, articles: issue.articles.length });
      continue;
    }
    const documents = documentsOfIssue(issue, texts);
    if (batch.length + documents.length > Math.min(segmentDocs, MAX_SEGMENT_DOCS) && !(await flush())) return;
    batch.push(...documents);
    batchIssues[issue.id] = issueFingerprint(issue);
  }
  if (!(await flush())) return;
  say({ kind: 'progress', done, total });
  say({ kind: 'done' });
}

build(workerData as IndexWorkerRequest).catch((error: unknown) => {
  // Rethrown as an uncaught error: the main thread's 'error' handler reports it.
  setImmediate(() => {
    throw error instanceof Error ? error : new Error(String(error));
  });
});
