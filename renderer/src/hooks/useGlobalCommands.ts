import { useEffect } from 'react';
import { commandForKey, isTypingTarget } from '../commands/keys';
import { isCommandId, runCommand } from '../commands/registry';
import { getArchive } from '../store/api';

/** Keyboard shortcuts everywhere, and the native menu's commands when there is one. */
export function useGlobalCommands(): void {
  useEffect(() => {
    const archive = getArchive();
    const nativeMenu = typeof archive?.onCommand === 'function';
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const id = commandForKey(event, nativeMenu);
      if (!id) return;
      event.preventDefault();
      runCommand(id);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = archive?.onCommand?.((command) => {
      if (isCommandId(command)) runCommand(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, []);
}
