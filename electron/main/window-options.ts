import type { BrowserWindowConstructorOptions } from 'electron';
import type { Bounds } from './window-state';

/** The one place the window's web preferences are decided (Electron's security checklist). */
export function mainWindowOptions(preloadPath: string, bounds: Bounds): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: '内刊档案',
    backgroundColor: '#f6f4ef',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: true,
    },
  };
}
