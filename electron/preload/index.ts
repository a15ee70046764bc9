import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, INVOKE_CHANNEL, isMenuCommand } from '../main/channels';
import type { MenuCommand } from '../main/channels';

/**
 * The page gets two functions and nothing of ipcRenderer itself: `invoke` on one fixed channel
 * (the main process validates method and input), and a subscription to menu commands.
 */
contextBridge.exposeInMainWorld('archive', {
  invoke: (method: unknown, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  onCommand: (listener: (command: MenuCommand) => void): (() => void) => {
    if (typeof listener !== 'function') return () => undefined;
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, relay);
    };
  },
});
