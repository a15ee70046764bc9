import { useEffect } from 'react';
import { isTypingTarget } from '../commands/keys';
import { NoticeLine } from '../messages/NoticeLine';
import { useNotice } from '../messages/notices';
import { ANNOTATIONS_ACTION, canUndo, undo } from './state';

/**
 * What the last change did, with its undo named (撤销：删除批注「……」); Ctrl+Z (⌘Z) undoes too,
 * but only a change made on this page. The notice leaves with the page (messages/notices.ts).
 */
export function AnnotationStatus() {
  const status = useNotice(ANNOTATIONS_ACTION);
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
  return <NoticeLine notice={status} className="annotation-status" dismissible />;
}
