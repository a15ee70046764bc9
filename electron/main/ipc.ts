import { ipcMain } from 'electron';
import type { Dispatch } from '../core/api/dispatch';
import { INVOKE_CHANNEL } from './channels';
import { isTrustedSender } from './policies';

/** Binds the API to IPC. The dispatcher validates method and input; here, the sender. */
export function bindApi(dispatch: Dispatch): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not use the archive.' } };
    }
    return dispatch(method, input);
  });
}
