import type { z } from 'zod';
import type { Annotation } from '../../../../shared/annotations';
import { IssueSchema, IssueTextsSchema } from '../../../../shared/catalog';
import type { Issue, IssueTexts } from '../../../../shared/catalog';
import { HistoryEntrySchema } from '../../../../shared/history';
import type { HistoryEntry } from '../../../../shared/history';
import { ScanReadingSchema } from '../../../../shared/scan';
import type { ScanReading } from '../../../../shared/scan';
import { parseJsonLd } from '../../annotations/jsonld';
import { ArchiveError } from '../../errors';
import type { PackagedIssue } from '../package-manifest';
import type { OpenedPackage } from '../verify-package';

/** One issue of a package as docs/package-format.md lays it out, read and checked. */
export interface PackagedIssueData {
  entry: PackagedIssue;
  issue: Issue;
  texts: IssueTexts;
  annotations: Annotation[];
  /** The issue's lines of its library's history, oldest first. */
  history: HistoryEntry[];
  /** What OCR read on the pages of a scanned issue (issue 16), when the package carries it. */
  scan?: ScanReading;
}

export const issueFolder = (id: string): string => `data/issues/${id}`;

export function packagedFilePath(id: string, file: { sha256: string; ext: string }): string {
  return `${issueFolder(id)}/files/${file.sha256}.${file.ext}`;
}

/**
 * Reads an issue's record, texts, annotations and history. The bag's checksums are already
 * checked; what is checked here is that the files are ours (a bag can be sound and its JSON not).
 */
export async function readPackagedIssue(opened: OpenedPackage, entry: PackagedIssue): Promise<PackagedIssueData> {
  const folder = issueFolder(entry.id);
  const issue = parsed(entry.id, `${folder}/issue.json`, await opened.readText(`${folder}/issue.json`), IssueSchema);
  const texts = parsed(entry.id, `${folder}/texts.json`, await opened.readText(`${folder}/texts.json`), IssueTextsSchema);
  if (issue.id !== entry.id || texts.issueId !== entry.id) damaged(entry.id, `${folder}/issue.json`, `its id is not ${entry.id}`);
  let annotations: Annotation[] = [];
  const annotationsPath = `${folder}/annotations.jsonld`;
  if (opened.has(annotationsPath)) {
    const read = readAnnotations(entry.id, annotationsPath, await opened.readText(annotationsPath));
    annotations = read;
  }
  const historyPath = `${folder}/history.jsonl`;
  const history = opened.has(historyPath) ? historyLines(entry.id, historyPath, await opened.readText(historyPath)) : [];
  const scanPath = `${folder}/scan.json`;
  const scan = opened.has(scanPath) ? parsed(entry.id, scanPath, await opened.readText(scanPath), ScanReadingSchema) : undefined;
  return { entry, issue, texts, annotations, history, ...(scan && { scan }) };
}

function readAnnotations(issueId: string, file: string, text: string): Annotation[] {
  try {
    const read = parseJsonLd(text, file);
    if (read.problems.length > 0) damaged(issueId, file, read.problems.slice(0, 3).join('; '));
    return read.annotations;
  } catch (error) {
    if (error instanceof ArchiveError && error.said?.code === 'package-issue-damaged') throw error;
    return damaged(issueId, file, error instanceof Error ? error.message : String(error));
  }
}

function historyLines(issueId: string, file: string, text: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = parsed(issueId, `${file}:${index + 1}`, line, HistoryEntrySchema);
    // Only the issue's own lines say when its fields changed.
    if (entry.issueId === issueId) entries.push(entry);
  });
  return entries;
}

function parsed<T>(issueId: string, file: string, text: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return damaged(issueId, file, error instanceof Error ? error.message : String(error));
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  return damaged(issueId, file, `${first?.path.join('.') || 'record'}: ${first?.message ?? 'invalid'}`);
}

function damaged(issueId: string, file: string, detail: string): never {
  throw ArchiveError.of('bad-input', { code: 'package-issue-damaged', issueId, file, detail });
}
