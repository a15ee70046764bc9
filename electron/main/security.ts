import { app, session } from 'electron';
import type { WebContents } from 'electron';
import { allowNavigation, allowPermission, allowRequest, windowOpenDecision } from './policies';

/** Applies the policies of policies.ts to the session and to every web contents created. */
export function hardenSession(): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  defaultSession.setDevicePermissionHandler(() => false);
  defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url) }));
  defaultSession.on('will-download', (event) => event.preventDefault());
}

export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
}
