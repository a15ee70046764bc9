import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './channels';

export type MenuLocale = 'zh-CN' | 'en';

const LABELS: Record<MenuLocale, Record<string, string>> = {
  'zh-CN': {
    file: '文件(&F)',
    edit: '编辑(&E)',
    view: '视图(&V)',
    help: '帮助(&H)',
    import: '导入期刊…',
    print: '打印…',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    find: '查找…',
    search: '全文搜索…',
    library: '返回书库',
    previous: '上一篇',
    next: '下一篇',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '实际大小',
    fullscreen: '全屏',
    language: '切换语言（中文 / English）',
    devtools: '开发者工具',
    about: '关于内刊档案',
  },
  en: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    help: '&Help',
    import: 'Import Bulletins…',
    print: 'Print…',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find…',
    search: 'Search All Bulletins…',
    library: 'Back to Library',
    previous: 'Previous Article',
    next: 'Next Article',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    zoomReset: 'Actual Size',
    fullscreen: 'Full Screen',
    language: 'Switch Language (中文 / English)',
    devtools: 'Developer Tools',
    about: 'About Bulletin Archive',
  },
};

/**
 * 文件 / 编辑 / 视图 / 帮助. Items that act on the page send a command id to it, so the menu,
 * the keyboard and the toolbar all run the renderer's one commands registry.
 */
export function menuTemplate(locale: MenuLocale, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const t = LABELS[locale];
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t[label] ?? label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  return [
    {
      label: t.file,
      submenu: [
        item('import', 'import', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('print', 'print', 'CmdOrCtrl+P'),
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
        item('find', 'find', 'CmdOrCtrl+F'),
        item('search', 'search', 'CmdOrCtrl+K'),
      ],
    },
    {
      label: t.view,
      submenu: [
        item('library', 'go-library', 'CmdOrCtrl+L'),
        item('previous', 'previous-article'),
        item('next', 'next-article'),
        { type: 'separator' },
        item('zoomIn', 'zoom-in', 'CmdOrCtrl+='),
        item('zoomOut', 'zoom-out', 'CmdOrCtrl+-'),
        item('zoomReset', 'zoom-reset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        item('language', 'toggle-language'),
        { label: t.fullscreen, role: 'togglefullscreen' },
        { label: t.devtools, role: 'toggleDevTools' },
      ],
    },
    { label: t.help, submenu: [item('about', 'about')] },
  ];
}
