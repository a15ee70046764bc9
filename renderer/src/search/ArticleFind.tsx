import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/catalog';
import { getState as getAppState } from '../store/store';
import { blockOffsets } from './dom-ranges';
import { clearHits } from './highlights';
import { closeArticleFind, getSearchState, loadArticleHits, setFindQuery, stepHit, useSearch } from './state';
import { usePaintedHits } from './usePaintedHits';

/**
 * The find bar of the open article: every hit of the query painted over the text (CSS Custom
 * Highlight API, so the article's own DOM is left alone), the current one stronger and in view,
 * "3 / 12", and next/previous by Enter/Shift+Enter, F3/Shift+F3 or the buttons.
 */
export function ArticleFind({ article }: { article: Article }) {
  const { t } = useTranslation();
  const find = useSearch((state) => state.find);
  const open = find !== null;
  const bar = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const offsets = useMemo(() => blockOffsets(article.sections), [article]);

  // The bar follows the reader from article to article until it is closed.
  useEffect(() => {
    if (open) loadArticleHits(article.id);
  }, [open, article.id]);

  // Leaving the articles altogether closes it.
  useEffect(
    () => () => {
      if (getAppState().view.kind !== 'article') closeArticleFind();
      clearHits();
    },
    [],
  );

  const hits = find?.articleId === article.id ? find.hits : null;
  const current = find?.current ?? 0;
  const revealRequests = find?.revealRequests ?? 0;

  usePaintedHits(bar, article.id, hits, current, revealRequests, offsets);

  const found = hits?.length ?? 0;
  useFindFocus(input, nextButton, find?.focusRequests ?? 0, open, article.id, found);

  if (!find) return null;

  const total = found;
  const onKeyDown = (event: ReactKeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      closeArticleFind();
    } else if ((event.key === 'Enter' && target.dataset['step'] !== 'none') || event.key === 'F3') {
      event.preventDefault();
      stepHit(event.shiftKey ? -1 : 1);
    }
  };

  return (
    <div ref={bar} className="find-bar" role="search" aria-label={t('search.find.bar')} onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        className="find-input"
        value={find.query}
        placeholder={t('search.find.placeholder')}
        aria-label={t('search.find.label')}
        aria-describedby="find-counter"
        maxLength={2000}
        onChange={(event) => setFindQuery(event.target.value)}
      />
      <FindCounter hits={hits} current={current} query={find.query} />
      <button type="button" className="icon-button" disabled={total === 0} onClick={() => stepHit(-1)} title={t('search.find.previous')}>
        <span aria-hidden="true">↑</span>
        <span className="visually-hidden">{t('search.find.previous')}</span>
      </button>
      <button
        ref={nextButton}
        type="button"
        className="icon-button"
        disabled={total === 0}
        onClick={() => stepHit(1)}
        title={t('search.find.next')}
      >
        <span aria-hidden="true">↓</span>
        <span className="visually-hidden">{t('search.find.next')}</span>
      </button>
      <button type="button" className="icon-button" data-step="none" onClick={closeArticleFind} title={t('search.find.close')}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t('search.find.close')}</span>
      </button>
    </div>
  );
}

/** "3 / 12", "no match", or "…" while the hits load. */
function FindCounter({ hits, current, query }: { hits: readonly unknown[] | null; current: number; query: string }) {
  const { t } = useTranslation();
  const total = hits?.length ?? 0;
  const typed = query.trim() !== '';
  return (
    <span id="find-counter" className="find-counter" role="status" aria-live="polite" data-empty={hits !== null && total === 0 && typed}>
      {hits === null ? (
        '…'
      ) : total === 0 ? (
        typed ? (
          <span title={t('search.find.noneLabel')}>{t('search.find.none')}</span>
        ) : (
          ''
        )
      ) : (
        <>
          <span aria-hidden="true">{t('search.find.counter', { current: current + 1, total })}</span>
          <span className="visually-hidden">{t('search.find.counterLabel', { current: current + 1, total })}</span>
        </>
      )}
    </span>
  );
}

/**
 * Ctrl+F puts the caret in the box; arriving from a search result puts it on "next", so that
 * Enter steps on while ←/→ still turn articles.
 */
function useFindFocus(
  input: RefObject<HTMLInputElement | null>,
  nextButton: RefObject<HTMLButtonElement | null>,
  focusRequests: number,
  open: boolean,
  articleId: string,
  found: number,
): void {
  useEffect(() => {
    if (focusRequests > 0) {
      input.current?.focus();
      input.current?.select();
    }
  }, [focusRequests]);
  const arrivedFromSearch = open && focusRequests === 0;
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!arrivedFromSearch || found === 0 || focusedFor.current === articleId) return;
    if (articleId !== getSearchState().find?.articleId) return;
    focusedFor.current = articleId;
    nextButton.current?.focus({ preventScroll: true });
  }, [arrivedFromSearch, articleId, found]);
}
