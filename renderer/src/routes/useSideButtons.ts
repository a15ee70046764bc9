import { useEffect } from 'react';
import { getArchive } from '../store/api';
import { goInHistory } from './router';

/**
 * The mouse's side buttons (3 back, 4 forward) in Electron, whose window has no browser to map
 * them to history as Chromium does in a tab; in a browser they are left to it (handling them here
 * too would go two steps).
 */
export function useSideButtons(): void {
  useEffect(() => {
    if (typeof getArchive()?.onCommand !== 'function') return undefined;
    const onMouseUp = (event: MouseEvent): void => {
      if (event.button !== 3 && event.button !== 4) return;
      event.preventDefault();
      goInHistory(event.button === 3 ? -1 : 1);
    };
    window.addEventListener('mouseup', onMouseUp);
    return () => window.removeEventListener('mouseup', onMouseUp);
  }, []);
}
