import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/catalog';
import { getState as getAppState } from '../store/store';
import { blockOffsets, hitRanges } from './dom-ranges';
import { clearHits, paintHits, revealRange } from './highlights';
import { closeArticleFind, getSearchState, loadArticleHits, setFindQuery, stepHit, useSearch } from './state';

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

  // Paint the hits, and paint them again whenever the article's text is re-rendered (the
  // annotations split it into spans, which replaces the text nodes the ranges pointed at).
  const lastReveal = useRef(-1);
  useLayoutEffect(() => {
    const root =
      bar.current?.closest('.reader-column')?.querySelector('[data-search-root]') ?? document.querySelector('[data-search-root]');
    if (!root || !hits) {
      clearHits();
      return;
    }
    const paint = (reveal: boolean): void => {
      const ranges = hitRanges(root, hits, offsets);
      const present = ranges.filter((range): range is Range => range !== null);
      const currentRange = ranges[current] ?? null;
      paintHits(present, currentRange);
      if (reveal && currentRange) revealRange(currentRange, (bar.current?.offsetHeight ?? 0) + 8, lastReveal.current < 0);
    };
    const wantReveal = lastReveal.current !== revealRequests;
    paint(wantReveal);
    if (wantReveal) lastReveal.current = revealRequests;
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => paint(false));
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [hits, current, revealRequests, offsets]);

  // A new article lands on its first hit again.
  useEffect(() => {
    lastReveal.current = -1;
  }, [article.id]);

  // Ctrl+F puts the caret in the box; arriving from a search result puts it on "next", so
  // that Enter steps on while ←/→ still turn articles.
  const focusRequests = find?.focusRequests ?? 0;
  useEffect(() => {
    if (focusRequests > 0) {
      input.current?.focus();
      input.current?.select();
    }
  }, [focusRequests]);
  const arrivedFromSearch = open && focusRequests === 0;
  const focusedFor = useRef<string | null>(null);
  const found = hits?.length ?? 0;
  useEffect(() => {
    if (!arrivedFromSearch || found === 0 || focusedFor.current === article.id) return;
    if (article.id !== getSearchState().find?.articleId) return;
    focusedFor.current = article.id;
    nextButton.current?.focus({ preventScroll: true });
  }, [arrivedFromSearch, article.id, found]);

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
      <span
        id="find-counter"
        className="find-counter"
        role="status"
        aria-live="polite"
        data-empty={hits !== null && total === 0 && find.query.trim() !== ''}
      >
        {hits === null ? (
          '…'
        ) : total === 0 ? (
          find.query.trim() === '' ? (
            ''
          ) : (
            <span title={t('search.find.noneLabel')}>{t('search.find.none')}</span>
          )
        ) : (
          <>
            <span aria-hidden="true">{t('search.find.counter', { current: current + 1, total })}</span>
            <span className="visually-hidden">{t('search.find.counterLabel', { current: current + 1, total })}</span>
          </>
        )}
      </span>
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
