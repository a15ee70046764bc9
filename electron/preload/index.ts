import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, INVOKE_CHANNEL, OPEN_ORIGINAL_CHANNEL, SAVE_EXPORT_CHANNEL, isMenuCommand } from '../main/channels';
import type { MenuCommand } from '../main/channels';

/**
 * The page gets a few functions and nothing of ipcRenderer itself: `invoke` on one fixed channel
 * (the main process validates method and input), a subscription to menu commands, and two
 * intents by id or token: open an issue's original, save a prepared export (the main process
 * chooses every path).
 */
contextBridge.exposeInMainWorld('archive', {
  invoke: (method: unknown, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  openOriginal: (issueId: unknown): Promise<unknown> => ipcRenderer.invoke(OPEN_ORIGINAL_CHANNEL, issueId),
  saveExport: (token: unknown, suggestedName: unknown): Promise<unknown> => ipcRenderer.invoke(SAVE_EXPORT_CHANNEL, token, suggestedName),
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
