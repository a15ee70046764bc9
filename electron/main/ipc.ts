import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../shared/contract';
import { DeliveryRequestSchema } from '../../shared/contract/bridge';
import type { Dispatch } from '../core/api/dispatch';
import { isArchiveError } from '../core/errors';
import { INVOKE_CHANNEL, DELIVER_CHANNEL } from './channels';
import { desktopShell } from './desktop-shell';
import type { DesktopDelivery } from './file-delivery';
import { isTrustedSender } from './policies';

type TrustedHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<ApiResult<unknown>>;

/**
 * Binds the API and FileDelivery to IPC. The dispatcher validates method and input, the
 * delivery request its schema; here, once for both, the sender and the result envelope
 * (Electron passes only an error's message through ipcMain.handle).
 */
export function bindApi(dispatch: Dispatch, deliver: DesktopDelivery): void {
  handleTrusted(INVOKE_CHANNEL, (_event, method, input) => dispatch(method, input));
  handleTrusted(DELIVER_CHANNEL, async (event, request) => {
    const parsed = DeliveryRequestSchema.safeParse(request);
    if (!parsed.success) return failure('bad-input', 'No such file to save or open.');
    return deliver(parsed.data, desktopShell(BrowserWindow.fromWebContents(event.sender)));
  });
}

function handleTrusted(channel: string, handler: TrustedHandler): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) return failure('forbidden', 'This page may not use the archive.');
    try {
      return await handler(event, ...args);
    } catch (error) {
      if (isArchiveError(error)) return failure(error.code, error.message);
      console.error(`IPC ${channel} failed`, error);
      return failure('internal', 'Something went wrong inside the archive. The details are in the log; please try again.');
    }
  });
}

function failure(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}
