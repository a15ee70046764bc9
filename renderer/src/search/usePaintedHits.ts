import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { ArticleHit } from '../../../shared/search';
import { hitRanges } from './dom-ranges';
import { clearHits, paintHits, revealRange } from './highlights';

/**
 * Paints the open article's hits over its text, the current one stronger, and scrolls the
 * current one into view when asked (`revealRequests`) or when a new article opens. Painted
 * again whenever the article's text is re-rendered (the annotations split it into spans, which
 * replaces the text nodes the ranges pointed at).
 */
export function usePaintedHits(
  bar: RefObject<HTMLElement | null>,
  articleId: string,
  hits: readonly ArticleHit[] | null,
  current: number,
  revealRequests: number,
  offsets: ReadonlyMap<string, number>,
): void {
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
  }, [articleId]);
}
