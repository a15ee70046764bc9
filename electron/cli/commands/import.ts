import type { ImportOutcome } from '../../../shared/contract';
import { issueTitle } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { ArchiveError } from '../../core/errors';
import { formatIssueRef } from '../../core/library';
import type { Library } from '../../core/library';
import { collectBulletinFiles, importFiles } from '../../core/library/import-batch';
import type { BatchProgress } from '../../core/library/import-batch';
import { endQueue, noteFinished, readQueue, startQueue, waitingFiles } from '../../core/library/scan-queue';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { sayDetail, t } from '../locale';
import { cliIo } from '../io';
import path from 'node:path';
import type { ScanProgress } from '../../../shared/scan';
import { sayMessage } from '../../../shared/message-text';
import { documentMasthead } from './as-document-options';
import type { AsDocumentOptions } from './as-document-options';

export type ImportCommandOptions = LibraryOption & AsDocumentOptions & { json?: boolean; attach?: boolean; replaceText?: boolean; variant?: boolean; resume?: boolean };

/**
 * Files and folders (recursively) into the library: a line per file as it finishes, progress on
 * a terminal, the failures again at the end. Ctrl+C stops after the current file, keeping
 * everything imported so far. Exit status 1 when any file failed (duplicates are not failures).
 */
export async function importCommand(paths: string[], options: ImportCommandOptions, locale: Locale): Promise<number> {
  // Checked before anything is read or the library opened: a missing series touches nothing.
  const asDocument = documentMasthead(options, paths[0] ?? '');
  const choices = (['attach', 'replaceText', 'variant'] as const).filter((c) => options[c]);
  if (choices.length > 1) throw new ArchiveError('bad-input', 'Choose one of --attach, --replace-text and --variant.');
  const sameIssue = choices[0] === 'replaceText' ? 'replace-text' : choices[0];
  const { files: given, skipped } = paths.length > 0 ? await collectBulletinFiles(paths) : { files: [], skipped: [] };
  if (given.length === 0 && !options.resume) {
    throw new ArchiveError('bad-input', `No bulletin files (.txt, .pdf, .docx, scans, or .json issue exports) found in ${paths.join(', ')}.`);
  }
  const library = await openLibraryFor(options, 'write');
  // A batch is recorded in the library as it goes, so a restart can resume it (scan-queue.ts).
  const queued = options.resume === true || given.length > 1;
  let files = given;
  if (queued) {
    const waiting = waitingFiles(await readQueue(library.dir));
    if (options.resume && waiting.length === 0 && given.length === 0) throw new ArchiveError('bad-input', 'No interrupted import is waiting in this library: nothing to resume.');
    if (options.resume && waiting.length > 0 && !options.json) cliIo().stderr.write(`${sayMessage(locale, { code: 'scan-queue-resumed', waiting: waiting.length })}\n`);
    const all = await startQueue(library.dir, given);
    files = options.resume ? all : given;
  }
  let noted: Promise<void> = Promise.resolve();
  const controller = new AbortController();
  const stopListening = cliIo().onInterrupt(() => controller.abort());
  const progress = cliIo().stderr.isTTY && !options.json && files.length > 1 ? new ProgressLine(locale) : null;
  const scanLine = new ScanProgressLine(locale);
  try {
    const result = await importFiles(library, files, {
      asDocument,
      signal: controller.signal,
      ...(sameIssue && { sameIssue }),
      onProgress: (p) => progress?.show(p),
      // A scan takes seconds a page: its pages and the time left, in place on a terminal.
      ...(!options.json && { onScanProgress: (p: ScanProgress) => scanLine.show(p) }),
      onOutcome: (outcome) => {
        progress?.clear();
        scanLine.clear();
        // In order, one line each: a kill between the commit and its line means one duplicate on resume, no loss.
        if (queued) noted = noted.then(() => noteFinished(library.dir, outcome));
        if (!options.json) cliIo().stdout.write(`${describe(outcome, locale, library)}\n`);
      },
    });
    progress?.clear();
    await noted;
    if (queued) await endQueue(library.dir);
    const { outcomes, cancelled } = result;
    if (options.json) {
      cliIo().stdout.write(`${JSON.stringify({ outcomes, cancelled, skipped }, null, 2)}\n`);
    } else if (files.length > 1 || cancelled) {
      cliIo().stdout.write(summary(outcomes, files.length, skipped, cancelled, locale, library));
    }
    if (cancelled) return 130;
    return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  } finally {
    stopListening();
  }
}

function summary(outcomes: ImportOutcome[], total: number, skipped: string[], cancelled: boolean, locale: Locale, library: Library): string {
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const lines = [''];
  if (cancelled) lines.push(t(locale, 'cancelled', { done: outcomes.length, left: total - outcomes.length }));
  lines.push(t(locale, 'summary', { imported: count('imported'), duplicate: count('duplicate'), failed: count('failed') }));
  if (skipped.length > 0) lines.push(t(locale, 'skipped', { count: skipped.length }));
  const failures = outcomes.filter((o) => o.status === 'failed');
  if (failures.length > 0) {
    lines.push(`${t(locale, 'failedFiles')}:`);
    for (const f of failures) lines.push(`  ${describe(f, locale, library)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Imported and duplicate lines are worded here, in the user's language, from the issue itself. */
function describe(outcome: ImportOutcome, locale: Locale, library: Library): string {
  switch (outcome.status) {
    case 'imported': {
      if (outcome.said) return `${t(locale, 'imported')}: ${outcome.file} — ${sayDetail(locale, outcome)}`;
      const issue = library.getIssue(outcome.issueId);
      return `${t(locale, 'imported')}: ${outcome.file} → ${issueTitle(issue, locale)}, ${issue.articles.length} ${t(locale, 'articles')} [${issue.id}]`;
    }
    case 'duplicate': {
      const issue = library.getIssue(outcome.issueId);
      // Another file of an issue held: the message names it and the choices (--attach, …).
      if (outcome.clash === 'same-issue') return `${t(locale, 'duplicate')}: ${outcome.file} — ${sayDetail(locale, outcome)} (--attach | --replace-text | --variant)`;
      const already = t(locale, 'alreadyThere', { issue: issueTitle(issue, locale), ref: formatIssueRef(issue), from: issue.original.name });
      return `${t(locale, 'duplicate')}: ${outcome.file} — ${already}`;
    }
    case 'failed':
      return `${t(locale, 'failed')}: ${outcome.file} — ${sayDetail(locale, outcome)}`;
    default: {
      const never: never = outcome;
      return String(never);
    }
  }
}

/** One line on the terminal, rewritten in place: count, elapsed, remaining, current file. */
class ProgressLine {
  private shown = false;
  constructor(private readonly locale: Locale) {}

  show(p: BatchProgress): void {
    const remaining = p.remainingMs === null ? '…' : clock(p.remainingMs);
    const text = t(this.locale, 'progress', { done: p.done, total: p.total, elapsed: clock(p.elapsedMs), remaining, file: p.current ?? '' });
    cliIo().stderr.write(`\r\u001b[2K${text.slice(0, (cliIo().stderr.columns ?? 100) - 1)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) cliIo().stderr.write('\r\u001b[2K');
    this.shown = false;
  }
}

/** `第 3/10 页，约剩 40 秒`: rewritten in place on a terminal, a line a page otherwise (a log of an overnight run). */
class ScanProgressLine {
  private shown = false;
  constructor(private readonly locale: Locale) {}

  show(p: ScanProgress): void {
    const text = sayMessage(this.locale, { code: 'scan-progress', file: path.basename(p.file), done: p.pagesDone, pages: p.pages, secondsLeft: p.secondsLeft });
    const err = cliIo().stderr;
    if (err.isTTY) {
      err.write(`\r\u001b[2K${text.slice(0, (err.columns ?? 100) - 1)}`);
      this.shown = true;
    } else err.write(`${text}\n`);
  }

  clear(): void {
    if (this.shown) cliIo().stderr.write('\r\u001b[2K');
    this.shown = false;
  }
}

function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
