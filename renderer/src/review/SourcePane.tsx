import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What to show: the article chosen and its span of lines; `nonce` scrolls again on a repeated choice. */
export interface SourceFocus {
  start: number | null;
  end: number | null;
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
    if (!container || focus.start === null) return;
    const line = container.querySelector<HTMLElement>(`[data-line="${focus.start}"]`);
    if (line) container.scrollTo({ top: Math.max(0, line.offsetTop - 8) });
  }, [focus]);

  const empty = lines.every((line) => line.trim() === '');
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
            <div key={index} data-line={index} className={lineClass(index, focus)}>
              {line === '' ? '\u00a0' : line}
            </div>
          ))
        )}
      </div>
    </div>
  );
});

function lineClass(index: number, focus: SourceFocus): string {
  if (focus.start === null) return 'source-line';
  if (index === focus.start) return 'source-line source-line-title';
  if (index > focus.start && (focus.end === null || index < focus.end)) return 'source-line source-line-in';
  return 'source-line';
}
