import { useEffect } from 'react';
import i18next from 'i18next';
import type { Annotation, ArticleAnnotations, HighlightColor } from '../../../shared/annotations';
import { noteOf } from '../../../shared/annotations';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract';
import { call, saveExport } from '../store/api';
import { createStore, patchStore, useStoreValue } from '../store/create-store';
import type { Load } from '../store/state';
import { sayErrorNow } from '../i18n/messages';
import { pageNow, tell } from '../messages/notices';
import type { Phrase, Tone } from '../messages/notices';
import { excerpt } from '../messages/say-phrase';

/**
 * The annotations of the open article, shared by the text (its highlights) and the side
 * panel; every change goes to the archive at once and is reloaded from it. Each change
 * leaves an inverse on the undo stack.
 */
interface AnnotationsState {
  entries: ReadonlyMap<string, Load<ArticleAnnotations>>;
  /** Bumped on every change, so lists elsewhere (the "all annotations" screen) reload. */
  revision: number;
}
const store = createStore<AnnotationsState>({ entries: new Map(), revision: 0 });

/** What the annotations say goes through the app's notices under this action (messages/notices.ts). */
export const ANNOTATIONS_ACTION = 'annotations';

interface UndoStep {
  articleId: string | null;
  run: () => Promise<unknown>;
  /** The change named, for 撤销：… and 已撤销：…. */
  what: Phrase;
  /** The page it was made on: undo acts only there, where the change is in sight. */
  page: string;
}
const undoStack: UndoStep[] = [];

/**
 * After a change: lists elsewhere reload; the changed article's entry is reloaded, or, for a
 * change that may touch any article, all are dropped (a bookmark on an issue touches none).
 */
async function changed(articleId: string | null, anyArticle = true): Promise<void> {
  patchStore(store, (current) => ({ revision: current.revision + 1 }));
  if (articleId) await reload(articleId);
  else if (anyArticle) patchStore(store, { entries: new Map() });
}

export function useArticleAnnotations(articleId: string): Load<ArticleAnnotations> {
  const load = useStoreValue(store, (current) => current.entries.get(articleId) ?? LOADING);
  useEffect(() => {
    // Shown from the cache at once, then fresh: another window may have changed it.
    void reload(articleId);
  }, [articleId]);
  return load;
}

export function useAnnotationRevision(): number {
  return useStoreValue(store, (current) => current.revision);
}

const LOADING: Load<ArticleAnnotations> = { status: 'loading' };

const inFlight = new Map<string, Promise<void>>();

export function reload(articleId: string): Promise<void> {
  const running = inFlight.get(articleId);
  if (running) return running;
  const loading = call('annotations.forArticle', { articleId }).then((result) => {
    const entry: Load<ArticleAnnotations> = result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error };
    inFlight.delete(articleId);
    patchStore(store, (current) => ({ entries: new Map(current.entries).set(articleId, entry) }));
  });
  inFlight.set(articleId, loading);
  return loading;
}

/** After a change that may touch any article (a tag renamed, an import). */
export function invalidate(): void {
  patchStore(store, (current) => ({ entries: new Map(), revision: current.revision + 1 }));
}

/** Says an outcome; the undo offered is the latest change made on this page, named. */
function say(phrase: Phrase, tone: Tone = 'done', page = pageNow()): void {
  const step = undoStack.at(-1);
  const undoable = step && step.page === page ? { undo: { what: step.what, run: () => void undo() } } : {};
  tell(ANNOTATIONS_ACTION, tone, phrase, { page, ...undoable });
}

function failed(message: string | Phrase, page?: string): void {
  say({ key: 'annotations.failed', values: { message } }, 'failed', page);
}

/** The passage (or note) of one of the open article's highlights, for naming a change to it. */
function quoteOf(articleId: string | null, id: string): string {
  const entry = articleId ? store.get().entries.get(articleId) : undefined;
  if (entry?.status !== 'ready') return '';
  const highlight = entry.data.highlights.find((h) => h.id === id);
  return excerpt(highlight?.quote ?? entry.data.notes.find((n) => n.id === id)?.note ?? '');
}

/** Runs one change; on success records its inverse and reloads the article. */
async function change<M extends ApiMethod>(
  articleId: string | null,
  method: M,
  input: ApiInput<M>,
  done: string,
  inverse?: (data: ApiOutput<M>) => () => Promise<unknown>,
  what?: (data: ApiOutput<M>) => Phrase,
): Promise<ApiOutput<M> | null> {
  const page = pageNow();
  const result = await call(method, input);
  if (!result.ok) {
    failed({ error: result.error }, page);
    return null;
  }
  if (inverse) undoStack.push({ articleId, run: inverse(result.data), what: what?.(result.data) ?? { key: done }, page });
  await changed(articleId);
  say({ key: done }, 'done', page);
  return result.data;
}

function must<M extends ApiMethod>(method: M, input: ApiInput<M>): () => Promise<unknown> {
  return async () => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(sayErrorNow(result.error));
  };
}

export async function undo(): Promise<void> {
  if (!canUndo()) return;
  const step = undoStack.pop();
  if (!step) return;
  try {
    await step.run();
    await changed(step.articleId);
    say({ key: 'annotations.undoneWhat', values: { what: step.what } }, 'done', step.page);
  } catch (error) {
    failed(error instanceof Error ? error.message : String(error), step.page);
  }
}

/** Only a change made on the page shown is undone (Ctrl+Z included): never one out of sight. */
export function canUndo(): boolean {
  return undoStack.at(-1)?.page === pageNow();
}

export function highlight(articleId: string, start: number, end: number, color: HighlightColor, note: string | null) {
  return change(
    articleId,
    'annotations.highlight',
    { articleId, start, end, color, note },
    'annotations.did.highlight',
    (created) => must('annotations.delete', { id: created.id }),
    (created) => ({ key: 'annotations.undoWhat.highlight', values: { text: excerpt(created.target.selector?.[0].exact ?? '') } }),
  );
}

export function setNote(articleId: string, id: string, note: string | null, previous: string | null) {
  const text = excerpt(note ?? previous ?? '') || quoteOf(articleId, id);
  return change(
    articleId,
    'annotations.update',
    { id, note },
    'annotations.did.note',
    () => must('annotations.update', { id, note: previous }),
    () => ({ key: 'annotations.undoWhat.note', values: { text } }),
  );
}

/** Reading room (issue 18): shows a note to everyone, or stops; undone by the opposite. */
export function setShared(articleId: string, id: string, shared: boolean) {
  return change(
    articleId,
    'annotations.update',
    { id, shared },
    i18next.t(shared ? 'annotations.did.share' : 'annotations.did.unshare'),
    () => must('annotations.update', { id, shared: !shared }),
  );
}

export function recolor(articleId: string, id: string, color: HighlightColor, previous: HighlightColor) {
  const text = quoteOf(articleId, id);
  return change(
    articleId,
    'annotations.update',
    { id, color },
    'annotations.did.recolor',
    () => must('annotations.update', { id, color: previous }),
    () => ({ key: 'annotations.undoWhat.recolor', values: { text } }),
  );
}

export function remove(articleId: string | null, id: string, kind: 'highlight' | 'note' = 'highlight') {
  return change(
    articleId,
    'annotations.delete',
    { id },
    kind === 'highlight' ? 'annotations.did.delete' : 'annotations.did.deleteNote',
    (removed: Annotation) => must('annotations.restore', { annotation: removed }),
    (removed: Annotation) => ({
      key: kind === 'highlight' ? 'annotations.undoWhat.delete' : 'annotations.undoWhat.deleteNote',
      values: { text: excerpt(removed.target.selector?.[0].exact ?? noteOf(removed) ?? '') },
    }),
  );
}

export function addArticleNote(articleId: string, note: string, shared = false) {
  return change(
    articleId,
    'annotations.addNote',
    { articleId, note, ...(shared && { shared }) },
    'annotations.did.note',
    (created) => must('annotations.delete', { id: created.id }),
    () => ({ key: 'annotations.undoWhat.note', values: { text: excerpt(note) } }),
  );
}

export function addTag(articleId: string, tag: string) {
  return change(
    articleId,
    'tags.add',
    { articleId, tag },
    'annotations.did.tag',
    () => must('tags.remove', { articleId, tag }),
    () => ({ key: 'annotations.undoWhat.tag', values: { tag } }),
  );
}

export function removeTag(articleId: string, tag: string) {
  return change(
    articleId,
    'tags.remove',
    { articleId, tag },
    'annotations.did.untag',
    () => must('tags.add', { articleId, tag }),
    () => ({ key: 'annotations.undoWhat.untag', values: { tag } }),
  );
}

export async function setBookmark(
  target: ApiInput<'bookmarks.set'>['target'],
  on: boolean,
  articleId: string | null,
): Promise<boolean | null> {
  const page = pageNow();
  const result = await call('bookmarks.set', { target, on });
  if (!result.ok) {
    failed({ error: result.error }, page);
    return null;
  }
  await changed(articleId, false);
  return result.data.bookmarked;
}

export function reportStatus(phrase: Phrase, tone: Tone = 'done'): void {
  say(phrase, tone);
}

/** Prepared by the archive, then saved (Electron's dialog) or downloaded (browser) by the transport. */
export async function exportAnnotations(scope: ApiInput<'annotations.export'>['scope'], format: 'md' | 'jsonld'): Promise<void> {
  const locale = i18next.language === 'en' ? 'en' : 'zh';
  const page = pageNow();
  const prepared = await call('annotations.export', { scope, format, locale });
  if (!prepared.ok) return say({ key: 'annotations.failed', values: { message: { error: prepared.error } } }, 'failed', page);
  const delivered = await saveExport(prepared.data.token);
  if (!delivered.ok) return say({ key: 'annotations.failed', values: { message: { error: delivered.error } } }, 'failed', page);
  if (delivered.data.kind === 'cancelled') return;
  const file = delivered.data.kind === 'saved' ? delivered.data.path : delivered.data.fileName;
  say({ key: 'annotations.exported', values: { count: prepared.data.count, file } }, 'done', page);
}

export async function importJsonLd(file: File): Promise<void> {
  const page = pageNow();
  const content = await file.text();
  const result = await call('annotations.import', { fileName: file.name, content });
  if (!result.ok) return say({ key: 'annotations.failed', values: { message: { error: result.error } } }, 'failed', page);
  invalidate();
  const { added, updated, unchanged, problems } = result.data;
  const summary: Phrase = { key: 'annotations.imported', values: { added, updated, unchanged } };
  say(
    problems.length > 0
      ? { key: 'annotations.importedWithProblems', values: { summary, problems: { key: 'annotations.importProblems', values: { count: problems.length, first: problems[0] ?? '' } } } }
      : summary,
    'done',
    page,
  );
}
