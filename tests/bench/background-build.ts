import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LibrarySearch } from '../../electron/core/search';
import { textsFile } from '../../electron/core/library/layout';
import type { Corpus, CorpusSource } from './corpus';
import { percentiles, round } from './measure';
import type { Latency } from './measure';

/**
 * The index built the way the app builds it (issue 19: "< 60 s, in the background"): in the
 * worker thread, which reads each issue's texts file from the library folder, while the main
 * thread keeps answering. Meanwhile a request is made every PROBE_MS: how late its turn came
 * (the event loop held by loading arriving segments, saving the manifest…) plus the search it
 * asks for on what is searchable so far. Its longest wait is the table's "a request while the
 * index builds".
 */
export interface RequestDuringIndexing {
  requests: number;
  maxWaitMs: number;
  wait: Latency;
  /** Requests answered from part of the library (the build had not finished). */
  partial: number;
  /** When the longest wait began, in ms after the build started (near 0: the worker's start). */
  longestAtMs: number;
}

const PROBE_MS = 25;

/** Writes the corpus's texts where a library keeps them, for the worker to read. */
export async function writeCorpusTexts(dir: string, corpus: Corpus): Promise<void> {
  for (const [issueId, texts] of corpus.texts) {
    const file = path.join(dir, textsFile(issueId));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(texts));
  }
}

export async function buildInBackground(source: CorpusSource, query: string): Promise<{ search: LibrarySearch; requests: RequestDuringIndexing }> {
  const began = performance.now();
  const search = await LibrarySearch.load(source, undefined, { worker: {} });
  let building = true;
  const sync = search.sync().finally(() => {
    building = false;
  });
  const waits: number[] = [];
  let partial = 0;
  let longest = 0;
  let longestAtMs = 0;
  while (building) {
    const asked = performance.now();
    await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
    const late = Math.max(0, performance.now() - asked - PROBE_MS);
    const started = performance.now();
    search.query(query, { limit: 50 });
    const wait = late + performance.now() - started;
    if (wait > longest) {
      longest = wait;
      longestAtMs = round(asked + PROBE_MS - began);
    }
    waits.push(wait);
    if (search.missing > 0) partial++;
  }
  await sync;
  return {
    search,
    requests: { requests: waits.length, maxWaitMs: round(longest), wait: percentiles(waits), partial, longestAtMs },
  };
}
