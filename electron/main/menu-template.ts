import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_RECORDS, menuAccelerator } from '../../shared/commands';
import type { MenuCommand } from './channels';

export type MenuLocale = 'zh-CN' | 'en';

const LABELS: Record<MenuLocale, Record<string, string>> = {
  'zh-CN': {
    file: '文件(&F)',
    edit: '编辑(&E)',
    view: '视图(&V)',
    help: '帮助(&H)',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    fullscreen: '全屏',
    devtools: '开发者工具',
  },
  en: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    help: '&Help',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    fullscreen: 'Full Screen',
    devtools: 'Developer Tools',
  },
};

/**
 * 文件 / 编辑 / 视图 / 帮助. Items that act on the page send a command id to it, so the menu,
 * the keyboard and the toolbar all run the renderer's one commands registry; their labels and
 * shortcuts come from the command records (shared/commands.ts), which the renderer's keys use too.
 * The labels here are the menus' own and the system's editing roles.
 */
export function menuTemplate(locale: MenuLocale, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const t = LABELS[locale];
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const record = MENU_COMMAND_RECORDS[command];
    const accelerator = menuAccelerator(record.keys);
    return { label: record.menu[locale], click: () => send(command), ...(accelerator ? { accelerator } : {}) };
  };
  return [
    {
      label: t.file,
      submenu: [
        item('import'),
        { type: 'separator' },
        item('package-export'),
        item('package-import'),
        item('package-verify'),
        item('backup-now'),
        { type: 'separator' },
        item('print'),
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
        { type: 'separator' },
        item('find'),
        item('search'),
      ],
    },
    {
      label: t.view,
      submenu: [
        item('history-back'),
        item('history-forward'),
        item('go-library'),
        item('previous-article'),
        item('next-article'),
        { type: 'separator' },
        item('zoom-in'),
        item('zoom-out'),
        item('zoom-reset'),
        { type: 'separator' },
        item('toggle-language'),
        { label: t.fullscreen, role: 'togglefullscreen' },
        { label: t.devtools, role: 'toggleDevTools' },
      ],
    },
    { label: t.help, submenu: [item('about')] },
  ];
}
