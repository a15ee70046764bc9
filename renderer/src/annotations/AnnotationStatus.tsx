import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../commands/keys';
import { canUndo, dismissStatus, undo, useAnnotationStatus } from './state';

/** What the last change did, with its undo; Ctrl+Z (⌘Z) undoes too while it is on screen. */
export function AnnotationStatus() {
  const { t } = useTranslation();
  const status = useAnnotationStatus();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && canUndo()) {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="annotation-status" role="status">
      {status && (
        <>
          <span>{status.message}</span>
          {status.canUndo && (
            <button type="button" className="button button-small" onClick={() => void undo()}>
              {t('annotations.undo')}
            </button>
          )}
          <button type="button" className="link-button" aria-label={t('about.close')} onClick={dismissStatus}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
