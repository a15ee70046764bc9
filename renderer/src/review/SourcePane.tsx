import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What to show: the article chosen and its span of lines; `nonce` scrolls again on a repeated choice. */
export interface SourceFocus {
  start: number | null;
  end: number | null;
  /** Lines a doubt was read from: marked (with a sign, not colour alone) and scrolled to first. */
  lines: readonly number[];
  nonce: number;
}

/**
 * The text the parser read, line by line, beside the parse. Choosing an article scrolls its
 * title to the top and marks the lines it came from. The text is React text, never markup.
 */
export const SourcePane = memo(function SourcePane({ lines, focus }: { lines: readonly string[]; focus: SourceFocus }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = box.current;
    const first = focus.lines.length > 0 ? Math.min(...focus.lines) : focus.start;
    if (!container || first === null) return;
    const line = container.querySelector<HTMLElement>(`[data-line="${first}"]`);
    if (!line) return;
    // A doubt's lines are shown with a little context above them; an article's title at the top.
    const context = focus.lines.length > 0 ? 48 : 8;
    container.scrollTo({ top: Math.max(0, line.offsetTop - context) });
  }, [focus]);

  const empty = lines.every((line) => line.trim() === '');
  const marked = new Set(focus.lines);
  return (
    <div className="review-source">
      <div className="review-pane-head">
        <h2 id="review-source-title">{t('review.source')}</h2>
        <p className="muted">{t('review.sourceHint')}</p>
      </div>
      <div ref={box} className="source-text" tabIndex={0} role="region" aria-labelledby="review-source-title" lang="zh-CN">
        {empty ? (
          <p className="muted">{t('review.sourceEmpty')}</p>
        ) : (
          lines.map((line, index) => (
            <div key={index} data-line={index} className={lineClass(index, focus, marked)} data-doubt={marked.has(index) ? 'true' : undefined}>
              {marked.has(index) && <span className="visually-hidden">{t('review.doubts.flag')}: </span>}
              {line === '' ? '\u00a0' : line}
            </div>
          ))
        )}
      </div>
    </div>
  );
});

function lineClass(index: number, focus: SourceFocus, marked: ReadonlySet<number>): string {
  if (marked.has(index)) return 'source-line source-line-doubt';
  if (focus.start === null) return 'source-line';
  if (index === focus.start) return 'source-line source-line-title';
  if (index > focus.start && (focus.end === null || index < focus.end)) return 'source-line source-line-in';
  return 'source-line';
}
