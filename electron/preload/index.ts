import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from '../../shared/contract';
import type { DeliveryRequest, DesktopBridge, OpenedOriginal, PickedPackage, SavedExport } from '../../shared/contract/bridge';
import { COMMAND_CHANNEL, DELIVER_CHANNEL, INVOKE_CHANNEL, isMenuCommand } from '../main/channels';
import type { MenuCommand } from '../main/channels';

/** The main process answers a delivery request with the result its kind promises (file-delivery.ts). */
function deliver<T>(request: DeliveryRequest): Promise<ApiResult<T>> {
  return ipcRenderer.invoke(DELIVER_CHANNEL, request);
}

/**
 * The page gets the bridge of shared/contract/bridge.ts and nothing of ipcRenderer itself:
 * `invoke` on one fixed channel (the main process validates method and input), FileDelivery by
 * token or issue id (the main process chooses every path), and a subscription to menu commands.
 */
const bridge = {
  invoke: <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>> =>
    ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  saveExport: (token: string): Promise<ApiResult<SavedExport>> => deliver<SavedExport>({ kind: 'save-export', token }),
  openOriginal: (issueId: string, sha256?: string): Promise<ApiResult<OpenedOriginal>> =>
    deliver<OpenedOriginal>({ kind: 'open-original', issueId, ...(sha256 !== undefined && { sha256 }) }),
  pickPackage: (): Promise<ApiResult<PickedPackage | null>> => deliver<PickedPackage | null>({ kind: 'pick-package' }),
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
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('archive', bridge);
