import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS } from '../../../shared/annotations';
import type { HighlightColor } from '../../../shared/annotations';
import { highlight } from './state';

/** Floats under a selection: one click highlights it in a colour, or with a note. */
export function SelectionToolbar({
  articleId,
  start,
  end,
  left,
  top,
  onClose,
}: {
  articleId: string;
  start: number;
  end: number;
  left: number;
  top: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [withNote, setWithNote] = useState(false);
  const [color, setColor] = useState<HighlightColor>(DEFAULT_HIGHLIGHT_COLOR);
  const [note, setNote] = useState('');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onDown = (event: MouseEvent): void => {
      if (box.current && event.target instanceof Node && !box.current.contains(event.target)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const save = async (chosen: HighlightColor, text: string | null): Promise<void> => {
    onClose();
    window.getSelection()?.removeAllRanges();
    await highlight(articleId, start, end, chosen, text);
  };

  const width = withNote ? 320 : 252;
  const style = {
    left: Math.max(8, Math.min(left, window.innerWidth - width - 8)),
    top: Math.min(top + 8, window.innerHeight - (withNote ? 220 : 60)),
  };
  return (
    <div
      ref={box}
      className="selection-toolbar"
      style={style}
      role="dialog"
      aria-label={t('annotations.selectionToolbar')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="swatches" role="group" aria-label={t('annotations.colorLabel')}>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            className={`swatch swatch-${c}`}
            aria-pressed={withNote ? c === color : undefined}
            aria-label={t('annotations.highlightAs', { color: t(`annotations.color.${c}`) })}
            title={t('annotations.highlightAs', { color: t(`annotations.color.${c}`) })}
            onClick={() => (withNote ? setColor(c) : void save(c, null))}
          />
        ))}
        {!withNote && (
          <button type="button" className="button button-small" onClick={() => setWithNote(true)}>
            {t('annotations.highlightWithNote')}
          </button>
        )}
      </div>
      {withNote && (
        <form
          className="note-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save(color, note);
          }}
        >
          <textarea
            autoFocus
            className="note-input"
            rows={3}
            value={note}
            aria-label={t('annotations.notePlaceholder')}
            placeholder={t('annotations.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary button-small">
              {t('annotations.save')}
            </button>
            <button type="button" className="button button-small" onClick={onClose}>
              {t('annotations.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
