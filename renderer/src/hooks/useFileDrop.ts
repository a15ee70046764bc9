import { useEffect, useState } from 'react';
import { filesFromDrop } from '../review/dropped-files';
import { importDropped } from '../store/imports';
import { canNow } from '../people/session';

/**
 * Files dropped anywhere on the window are imported, dropped folders with everything in them.
 * Every drop is taken over, so a dropped file never makes the page navigate to it.
 */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files');
    const onEnter = (event: DragEvent): void => {
      event.preventDefault();
      if (!hasFiles(event) || !canNow('import.bulletins')) return;
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent): void => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = hasFiles(event) ? 'copy' : 'none';
    };
    const onLeave = (): void => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      event.preventDefault();
      depth = 0;
      setDragging(false);
      // Issue 18: a reader's drop is taken (never navigates) but imports nothing.
      if (!canNow('import.bulletins')) return;
      void filesFromDrop(event.dataTransfer).then(importDropped);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
