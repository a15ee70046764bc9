import { getState, setState } from './store';
import type { View } from './state';
import { ZOOM_STEPS } from './state';
import { changeLanguage } from '../i18n';
import { issueIdOfArticle } from '../../../shared/ids';

export function navigate(view: View): void {
  setState({ view });
  // A new view starts at its top, as a turned page does.
  document.getElementById('main')?.scrollTo?.({ top: 0 });
}

export function openLibrary(series?: string | null): void {
  if (series !== undefined) setState({ selectedSeries: series });
  navigate({ kind: 'library' });
}

export function openSeries(series: string): void {
  navigate({ kind: 'series', series });
}

export function openIssue(issueId: string): void {
  navigate({ kind: 'issue', issueId });
}

export function openArticle(issueId: string, articleId: string): void {
  navigate({ kind: 'article', issueId, articleId });
}

export function goBack(): void {
  const { view } = getState();
  switch (view.kind) {
    case 'article':
      return view.via === 'search' ? navigate({ kind: 'search' }) : openIssue(view.issueId);
    case 'review':
      return navigate({ kind: 'import' });
    case 'issue':
    case 'import':
    case 'needs-review':
    case 'annotations':
    case 'search':
    case 'gaps':
    case 'recycle':
    case 'packages':
    case 'people':
    case 'not-found':
      return openLibrary();
    case 'series':
      return openLibrary(view.series);
    case 'stats':
      return view.series === null ? openLibrary() : navigate({ kind: 'series', series: view.series });
    case 'print':
      return leavePrintView(view.target);
    case 'library':
      return;
    default: {
      const unreachable: never = view;
      return unreachable;
    }
  }
}

function leavePrintView(target: Extract<View, { kind: 'print' }>['target']): void {
  switch (target.kind) {
    case 'article':
      return openArticle(issueIdOfArticle(target.articleId), target.articleId);
    case 'issue':
      return openIssue(target.issueId);
    case 'articles':
      return openLibrary();
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

/** Previous (-1) or next (+1) article of the open issue; nothing at either end. */
export function stepArticle(step: -1 | 1): void {
  const { view, issueCache } = getState();
  if (view.kind !== 'article') return;
  const articles = issueCache[view.issueId]?.articles ?? [];
  const index = articles.findIndex((article) => article.id === view.articleId);
  const target = index < 0 ? undefined : articles[index + step];
  if (target) openArticle(view.issueId, target.id);
}

export function zoomBy(step: -1 | 0 | 1): void {
  const { zoom } = getState();
  if (step === 0) return setState({ zoom: 1 });
  const index = ZOOM_STEPS.findIndex((value) => value === zoom);
  const next = ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, (index < 0 ? 2 : index) + step))];
  if (next !== undefined) setState({ zoom: next });
}

export async function toggleLanguage(): Promise<void> {
  const language = getState().language === 'zh-CN' ? 'en' : 'zh-CN';
  await changeLanguage(language);
  setState({ language });
}

export function requestFind(): void {
  const { view } = getState();
  if (view.kind !== 'library') navigate({ kind: 'library' });
  setState((current) => ({ findRequests: current.findRequests + 1 }));
}
