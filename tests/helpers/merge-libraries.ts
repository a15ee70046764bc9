import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { articleText, parseSource } from '../../shared/annotations';
import type { Annotation } from '../../shared/annotations';
import { issueFiles } from '../../shared/catalog';
import { AnnotationStore, findOccurrence } from '../../electron/core/annotations';
import { formatIssueRef, openLibrary } from '../../electron/core/library';
import type { Library } from '../../electron/core/library';
import { sampleBytes, tempDir } from './temp-library';

/**
 * Two libraries built independently from overlapping runs, as two workstations would (issue 15):
 * A holds the sample and two layout bulletins, B the sample, one of A's and a 增刊. Both edit the
 * same catalogue fields at different times, and annotate, one note changed on both sides. The
 * clock is set by hand (only Date is faked), so every "newer edit" in the tests is decided by
 * times the test chose, never by how fast the machine is.
 */
const LAYOUTS = path.resolve(__dirname, '../fixtures/layouts');
const layout = (name: string) => ({ name, bytes: readFileSync(path.join(LAYOUTS, name)) });
const sample = () => ({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });

export const at = (time: string): Date => new Date(`2026-03-01T${time}:00.000Z`);
export const setClock = (time: string): void => void vi.setSystemTime(at(time));

export interface TwoLibraries {
  a: Library;
  b: Library;
  /** The sample's id (the same in both: ids come from the file's checksum) and its 4th article. */
  sampleId: string;
  numeralsId: string;
  /** The note both sides changed. */
  sharedNoteId: string;
}

async function imported(library: Library, file: { name: string; bytes: Buffer }): Promise<string> {
  const outcome = await library.importBulletin(file);
  if (outcome.status !== 'imported') throw new Error(`${file.name}: ${outcome.status} ${'message' in outcome ? String(outcome.message) : ''}`);
  return outcome.issueId;
}

async function highlight(library: Library, articleId: string, quote: string, note: string): Promise<Annotation> {
  const text = articleText((await library.getArticle(articleId)).sections);
  const range = findOccurrence(text, quote, 1);
  if (!range) throw new Error(`${quote} not in ${articleId}`);
  return new AnnotationStore(library).highlight({ articleId, ...range, color: 'green', note });
}

/**
 * A and B at 12:00, each with edits and annotations of its own. `shareNote` hands the note A
 * wrote to B first (as an earlier package would), so it exists on both sides with one id.
 */
export async function twoLibraries(shareNote: (a: Library, b: Library) => Promise<void>): Promise<TwoLibraries> {
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock('08:00');
  const a = await openLibrary(tempDir(), { create: true });
  const sampleId = await imported(a, sample());
  const numeralsId = await imported(a, layout('chinese-numerals.txt'));
  await imported(a, layout('combined-one-line.txt'));
  setClock('08:30');
  const b = await openLibrary(tempDir(), { create: true });
  await imported(b, sample());
  await imported(b, layout('chinese-numerals.txt'));
  await imported(b, layout('supplement.txt'));

  setClock('09:00');
  const shared = await highlight(a, `${sampleId}-4`, '一是深化金融赋能', '周会上提一下');
  await shareNote(a, b);

  // The publisher: A at 09:10, B at 09:20 (B's is newer). The remarks: B at 09:30, A at 09:40 (A's is newer).
  setClock('09:10');
  await a.updateIssue(sampleId, { publisher: 'A 编辑部' });
  setClock('09:20');
  await b.updateIssue(sampleId, { publisher: 'B 编辑部' });
  setClock('09:30');
  await b.updateIssue(numeralsId, { remarks: 'B 的备注' });
  setClock('09:40');
  await a.updateIssue(numeralsId, { remarks: 'A 的备注' });
  // Fields only one side filled: both are taken.
  await a.updateIssue(sampleId, { pages: 12 });
  await b.updateIssue(numeralsId, { printedBy: '局印刷厂' });

  // The shared note changed on both sides: A at 10:00, B at 10:30.
  setClock('10:00');
  await new AnnotationStore(a).update(shared.id, { note: 'A 改过的批注' });
  setClock('10:30');
  await new AnnotationStore(b).update(shared.id, { note: 'B 改过的批注' });
  // The same tag on the same article on both sides (two ids): tags unite.
  setClock('11:00');
  await new AnnotationStore(a).addTag(`${sampleId}-2`, '金融');
  await new AnnotationStore(b).addTag(`${sampleId}-2`, '金融');
  await new AnnotationStore(b).addTag(`${sampleId}-3`, '人才');
  await new AnnotationStore(b).setBookmark({ kind: 'issue', issueId: numeralsId }, true);
  await new AnnotationStore(a).highlight({ articleId: `${numeralsId}-1`, start: 0, end: 6, color: 'yellow', note: 'A 的划线' });
  setClock('12:00');
  return { a, b, sampleId, numeralsId, sharedNoteId: shared.id };
}

/**
 * A library as a person compares two: issues by `series:year:number` (ids are each library's),
 * their catalogue fields, files (checksums, roles), articles and texts, and the annotations on
 * them by where they are. Tags and bookmarks are compared without ids: when both sides had the
 * same tag, which of the two ids survives depends on which came first, and nothing else does.
 */
export async function libraryView(library: Library): Promise<unknown> {
  const issues = [...library.issues()].sort((x, y) => formatIssueRef(x).localeCompare(formatIssueRef(y)));
  const refOf = new Map(issues.map((i) => [i.id, formatIssueRef(i)]));
  const where = (source: string): string => {
    const parsed = parseSource(source);
    if (!parsed) return source;
    if (parsed.kind === 'issue') return refOf.get(parsed.issueId) ?? parsed.issueId;
    const [, issueId = '', n = ''] = /^(.*)-(\d+)$/.exec(parsed.articleId) ?? [];
    return `${refOf.get(issueId) ?? issueId}#${n}`;
  };
  const out = [];
  for (const issue of issues) {
    const { id: _id, articles, files, original: _original, ...fields } = issue;
    const texts = await library.getTexts(issue.id);
    out.push({
      ref: formatIssueRef(issue),
      fields,
      files: issueFiles(issue).map((f) => `${f.sha256} ${f.name} ${f.size}`).sort(),
      roles: files.map((f) => f.role),
      articles: articles.map(({ id: _a, ...rest }) => rest),
      texts: texts.articles.map((t) => t.sections),
    });
  }
  const annotations = library.annotations.annotations
    .map((a) => {
      const { id, target, ...rest } = a;
      const keepsId = a.motivation === 'highlighting' || a.motivation === 'commenting';
      return JSON.stringify({ ...(keepsId && { id }), ...rest, target: { ...target, source: where(target.source) } });
    })
    .sort();
  return { issues: out, annotations, series: library.catalog().series.map((s) => s.name).sort() };
}
