import { Menu, app } from 'electron';
import type { BrowserWindow } from 'electron';
import { COMMAND_CHANNEL } from './channels';
import { menuTemplate } from './menu-template';
import type { MenuLocale } from './menu-template';

export function installMenu(getWindow: () => BrowserWindow | null): void {
  const locale: MenuLocale = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const template = menuTemplate(locale, (command) => getWindow()?.webContents.send(COMMAND_CHANNEL, command));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
