import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ParsedIssue } from '../../../shared/bulletin';
import type { ImportOutcome } from '../../../shared/contract';
import type { ScanSummary } from '../../../shared/contract/import';
import type { ScanProgress, ScanReading } from '../../../shared/scan';
import { summariseScan } from './scan-summary';
import { ArchiveError } from '../errors';
import { readBulletin } from '../importers/read-bulletin';
import type { ReadBulletin } from '../importers/read-bulletin';
import { scanProgressReporter } from '../scan/progress';
import type { Library } from './library';

/**
 * The review before saving: a file is read and parsed into a draft, shown to the cataloguer
 * with its source text, and saved only when they say so (with their corrections). Drafts live
 * in memory only; nothing reaches the library until `commit`.
 */
export interface ImportDraft {
  draftId: string;
  file: string;
  parsed: ParsedIssue;
  sourceText: string;
  encoding: string | null;
  scan?: ScanSummary;
}

/** A draft's scan and the file its pages come from, for scan.get and scan.pageImage (issue 16). */
export interface DraftScan {
  file: string;
  bytes: Uint8Array;
  reading: ScanReading;
}

interface HeldDraft {
  draft: ImportDraft;
  bytes: Uint8Array;
  /** What was read for the review, kept so saving does not extract the file again. */
  read: ReadBulletin;
  createdAt: number;
}

const MAX_DRAFTS = 20;
const MAX_AGE_MS = 2 * 60 * 60 * 1000;

export class ImportDrafts {
  private readonly drafts = new Map<string, HeldDraft>();

  constructor(private readonly library: Library) {}

  /** Throws ArchiveError when the file cannot be read as a bulletin at all. */
  async open(file: { name: string; bytes: Uint8Array }, options: { asDocument?: boolean; onScanProgress?: (progress: ScanProgress) => void } = {}): Promise<ImportDraft> {
    this.prune();
    const name = path.basename(file.name.replace(/\\/g, '/'));
    // A file that does not look like a bulletin comes back as a document; asDocument asks for that.
    const ocr = options.onScanProgress && { ocr: { onProgress: scanProgressReporter(name, options.onScanProgress) } };
    const read = await readBulletin(name, file.bytes, { ...(options.asDocument === true && { asDocument: {} }), ...ocr });
    const draft: ImportDraft = { draftId: randomUUID(), file: name, parsed: read.parsed, sourceText: read.text, encoding: read.encoding, ...(read.scan && { scan: summariseScan(read.scan) }) };
    this.drafts.set(draft.draftId, { draft, bytes: file.bytes, read, createdAt: Date.now() });
    return draft;
  }

  async commit(draftId: string, reviewed: ParsedIssue): Promise<ImportOutcome> {
    const held = this.drafts.get(draftId);
    if (!held) {
      throw ArchiveError.of('not-found', { code: 'review-expired' });
    }
    const outcome = await this.library.importBulletin({ name: held.draft.file, bytes: held.bytes }, { reviewed, read: held.read });
    // A duplicate keeps its draft too: the cataloguer may have typed a number that is taken.
    if (outcome.status === 'imported') this.drafts.delete(draftId);
    return outcome;
  }

  /** The reading of a draft being reviewed: null when its file was not scanned; throws when the draft is gone. */
  scanOf(draftId: string): DraftScan | null {
    const held = this.drafts.get(draftId);
    if (!held) throw ArchiveError.of('not-found', { code: 'review-expired' });
    return held.read.scan ? { file: held.draft.file, bytes: held.bytes, reading: held.read.scan } : null;
  }

  discard(draftId: string): void {
    this.drafts.delete(draftId);
  }

  /** Forgets every draft (the archive is closing: nothing was saved from them). */
  clear(): void {
    this.drafts.clear();
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, held] of this.drafts) if (now - held.createdAt > MAX_AGE_MS) this.drafts.delete(id);
    while (this.drafts.size >= MAX_DRAFTS) this.drafts.delete(this.drafts.keys().next().value!);
  }
}
