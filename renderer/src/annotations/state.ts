import { useEffect } from 'react';
import i18next from 'i18next';
import type { Annotation, ArticleAnnotations, HighlightColor } from '../../../shared/annotations';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract';
import { call, saveExport } from '../store/api';
import { createStore, patchStore, useStoreValue } from '../store/create-store';
import type { Load } from '../store/state';
import { sayErrorNow } from '../i18n/messages';

/**
 * The annotations of the open article, shared by the text (its highlights) and the side
 * panel; every change goes to the archive at once and is reloaded from it. Each change
 * leaves an inverse on the undo stack.
 */
interface AnnotationsState {
  entries: ReadonlyMap<string, Load<ArticleAnnotations>>;
  status: { message: string; canUndo: boolean; serial: number } | null;
  /** Bumped on every change, so lists elsewhere (the "all annotations" screen) reload. */
  revision: number;
}
const store = createStore<AnnotationsState>({ entries: new Map(), status: null, revision: 0 });
let serial = 0;

interface UndoStep {
  articleId: string | null;
  run: () => Promise<unknown>;
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

export function useAnnotationStatus() {
  return useStoreValue(store, (current) => current.status);
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

function say(message: string, canUndo: boolean): void {
  patchStore(store, { status: { message, canUndo, serial: ++serial } });
}

export function dismissStatus(): void {
  patchStore(store, { status: null });
}

/** Runs one change; on success records its inverse and reloads the article. */
async function change<M extends ApiMethod>(
  articleId: string | null,
  method: M,
  input: ApiInput<M>,
  done: string,
  inverse?: (data: ApiOutput<M>) => () => Promise<unknown>,
): Promise<ApiOutput<M> | null> {
  const result = await call(method, input);
  if (!result.ok) {
    say(i18next.t('annotations.failed', { message: sayErrorNow(result.error) }), false);
    return null;
  }
  if (inverse) undoStack.push({ articleId, run: inverse(result.data) });
  await changed(articleId);
  say(done, inverse !== undefined);
  return result.data;
}

function must<M extends ApiMethod>(method: M, input: ApiInput<M>): () => Promise<unknown> {
  return async () => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(sayErrorNow(result.error));
  };
}

export async function undo(): Promise<void> {
  const step = undoStack.pop();
  if (!step) return;
  try {
    await step.run();
    await changed(step.articleId);
    say(i18next.t('annotations.undone'), undoStack.length > 0);
  } catch (error) {
    say(i18next.t('annotations.failed', { message: error instanceof Error ? error.message : String(error) }), false);
  }
}

export function canUndo(): boolean {
  return undoStack.length > 0;
}

export function highlight(articleId: string, start: number, end: number, color: HighlightColor, note: string | null) {
  return change(
    articleId,
    'annotations.highlight',
    { articleId, start, end, color, note },
    i18next.t('annotations.did.highlight'),
    (created) => must('annotations.delete', { id: created.id }),
  );
}

export function setNote(articleId: string, id: string, note: string | null, previous: string | null) {
  return change(articleId, 'annotations.update', { id, note }, i18next.t('annotations.did.note'), () =>
    must('annotations.update', { id, note: previous }),
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
  return change(articleId, 'annotations.update', { id, color }, i18next.t('annotations.did.recolor'), () =>
    must('annotations.update', { id, color: previous }),
  );
}

export function remove(articleId: string | null, id: string, kind: 'highlight' | 'note' = 'highlight') {
  return change(
    articleId,
    'annotations.delete',
    { id },
    i18next.t(kind === 'highlight' ? 'annotations.did.delete' : 'annotations.did.deleteNote'),
    (removed: Annotation) => must('annotations.restore', { annotation: removed }),
  );
}

export function addArticleNote(articleId: string, note: string, shared = false) {
  return change(
    articleId,
    'annotations.addNote',
    { articleId, note, ...(shared && { shared }) },
    i18next.t('annotations.did.note'),
    (created) => must('annotations.delete', { id: created.id }),
  );
}

export function addTag(articleId: string, tag: string) {
  return change(articleId, 'tags.add', { articleId, tag }, i18next.t('annotations.did.tag'), () => must('tags.remove', { articleId, tag }));
}

export function removeTag(articleId: string, tag: string) {
  return change(articleId, 'tags.remove', { articleId, tag }, i18next.t('annotations.did.untag'), () =>
    must('tags.add', { articleId, tag }),
  );
}

export async function setBookmark(
  target: ApiInput<'bookmarks.set'>['target'],
  on: boolean,
  articleId: string | null,
): Promise<boolean | null> {
  const result = await call('bookmarks.set', { target, on });
  if (!result.ok) {
    say(i18next.t('annotations.failed', { message: sayErrorNow(result.error) }), false);
    return null;
  }
  await changed(articleId, false);
  return result.data.bookmarked;
}

export function reportStatus(message: string): void {
  say(message, false);
}

/** Prepared by the archive, then saved (Electron's dialog) or downloaded (browser) by the transport. */
export async function exportAnnotations(scope: ApiInput<'annotations.export'>['scope'], format: 'md' | 'jsonld'): Promise<void> {
  const locale = i18next.language === 'en' ? 'en' : 'zh';
  const prepared = await call('annotations.export', { scope, format, locale });
  if (!prepared.ok) return say(i18next.t('annotations.failed', { message: sayErrorNow(prepared.error) }), false);
  const delivered = await saveExport(prepared.data.token);
  if (!delivered.ok) return say(i18next.t('annotations.failed', { message: sayErrorNow(delivered.error) }), false);
  if (delivered.data.kind === 'cancelled') return;
  const file = delivered.data.kind === 'saved' ? delivered.data.path : delivered.data.fileName;
  say(i18next.t('annotations.exported', { count: prepared.data.count, file }), false);
}

export async function importJsonLd(file: File): Promise<void> {
  const content = await file.text();
  const result = await call('annotations.import', { fileName: file.name, content });
  if (!result.ok) return say(i18next.t('annotations.failed', { message: sayErrorNow(result.error) }), false);
  invalidate();
  const { added, updated, unchanged, problems } = result.data;
  const summary = i18next.t('annotations.imported', { added, updated, unchanged });
  say(
    problems.length > 0
      ? `${summary}. ${i18next.t('annotations.importProblems', { count: problems.length, first: problems[0] })}`
      : summary,
    false,
  );
}
