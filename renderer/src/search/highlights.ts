/**
 * Search hits are painted with the CSS Custom Highlight API over the text as it is rendered,
 * so they never change the DOM that the annotations split into <mark> spans.
 */
export const HIT_HIGHLIGHT = 'search-hit';
export const CURRENT_HIGHLIGHT = 'search-current';

function supported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export function paintHits(all: readonly Range[], current: Range | null): void {
  if (!supported()) return;
  CSS.highlights.set(HIT_HIGHLIGHT, new Highlight(...all));
  const currentHighlight = current ? new Highlight(current) : new Highlight();
  currentHighlight.priority = 1;
  CSS.highlights.set(CURRENT_HIGHLIGHT, currentHighlight);
}

export function clearHits(): void {
  if (!supported()) return;
  CSS.highlights.delete(HIT_HIGHLIGHT);
  CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

/** The nearest ancestor that scrolls vertically (the reader's page), or the document's. */
export function scrollerOf(node: Node): Element {
  for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
    const { overflowY } = getComputedStyle(element);
    if ((overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight) return element;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Scrolls so that `range` is in view below `topInset` (the find bar). `force` places it a
 * third of the way down even when it is already visible (landing on an article); otherwise
 * the page moves only when the hit is out of view.
 */
export function revealRange(range: Range, topInset: number, force: boolean): void {
  const scroller = scrollerOf(range.startContainer);
  const box = range.getBoundingClientRect();
  const frame = scroller === document.scrollingElement ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
  const visibleTop = frame.top + topInset;
  const inView = box.top >= visibleTop + 8 && box.bottom <= frame.bottom - 24;
  if (inView && !force) return;
  const target = scroller.scrollTop + (box.top - visibleTop) - (frame.bottom - visibleTop) / 3;
  scroller.scrollTo({ top: Math.max(0, target) });
}
