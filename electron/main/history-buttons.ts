import type { BrowserWindow } from 'electron';

/**
 * Windows sends a mouse's side buttons and a keyboard's Back/Forward keys to the window as app
 * commands, not to the page: they move through the page's own history (its views' addresses),
 * as the menu's 后退/前进 and Alt+←/→ do. The first entry is the app's own page, so Back never
 * leaves it.
 */
export function followHistoryButtons(window: BrowserWindow): void {
  window.on('app-command', (event, command) => {
    const history = window.webContents.navigationHistory;
    if (command === 'browser-backward' && history.canGoBack()) {
      event.preventDefault();
      history.goBack();
    } else if (command === 'browser-forward' && history.canGoForward()) {
      event.preventDefault();
      history.goForward();
    }
  });
}
