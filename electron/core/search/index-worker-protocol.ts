import { z } from 'zod';
import { SystemRefusalSchema } from '../../../shared/messages';
import type { IndexableIssue } from './document';

/**
 * What the index builder worker is given and what it says back. The worker reads the issues'
 * texts from the library folder itself and writes segment files into `<library>/index/`; the
 * main thread only learns their names and loads them, so no article text crosses threads.
 */
export interface IndexWorkerRequest {
  libraryDir: string;
  /** In the order to index them; segments are cut at MAX_SEGMENT_DOCS articles. */
  issues: readonly IndexableIssue[];
  /** Articles a segment holds at most (MAX_SEGMENT_DOCS unless a test wants several small ones). */
  segmentDocs: number;
}

/** Messages come from our own worker, but are still parsed: a bug there must not become one here. */
export const IndexWorkerMessageSchema = z.discriminatedUnion('kind', [
  /** Sent before the file is written, so a cancelled build knows what to remove. */
  z.strictObject({ kind: z.literal('writing'), file: z.string() }),
  /** A segment file is complete on disk: issue id → fingerprint of what it covers. */
  z.strictObject({ kind: z.literal('segment'), file: z.string(), articles: z.number().int(), issues: z.record(z.string(), z.string()) }),
  z.strictObject({ kind: z.literal('progress'), done: z.number().int(), total: z.number().int() }),
  /** Its texts are damaged or missing. */
  z.strictObject({ kind: z.literal('left-out'), issueId: z.string(), articles: z.number().int() }),
  /** The disk refused a segment: the rest must be built where it can stay in memory. */
  z.strictObject({ kind: z.literal('refused'), reason: SystemRefusalSchema }),
  z.strictObject({ kind: z.literal('done') }),
]);
export type IndexWorkerMessage = z.infer<typeof IndexWorkerMessageSchema>;

/** Segment file names: the manifest's pattern (`seg-<hex>.bin`). */
export const SEGMENT_FILE_PATTERN = /^seg-[0-9a-f]{8,32}\.bin$/;
