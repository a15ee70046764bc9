/**
 * Things a person can do, by id. The native menu (Electron) sends these ids; the renderer's
 * commands registry runs them, as do the keyboard and the toolbar.
 */
export const MENU_COMMANDS = [
  'import',
  'print',
  'find',
  'search',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'go-library',
  // Back and Forward through the views (issue 17): the page's own history, as in a browser.
  'history-back',
  'history-forward',
  'previous-article',
  'next-article',
  'toggle-language',
  'about',
  // Packages and backups (issue 15), in the File menu.
  'package-export',
  'package-import',
  'package-verify',
  'backup-now',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** How a command is named and reached: the native menu builds its items from this, the renderer its shortcuts. */
export interface MenuCommandRecord {
  /** The item's label in the native menu (`&` marks the access key). */
  menu: Readonly<Record<'zh-CN' | 'en', string>>;
  /**
   * Key names as the renderer reads them (`Mod+` is Ctrl, or ⌘ on a Mac). The first `Mod+` key is
   * the menu's accelerator; keys without a modifier stay the page's own (they would steal typing).
   */
  keys: readonly string[];
}

export const MENU_COMMAND_RECORDS: Readonly<Record<MenuCommand, MenuCommandRecord>> = {
  import: { menu: { 'zh-CN': '导入期刊…', en: 'Import Bulletins…' }, keys: ['Mod+o'] },
  print: { menu: { 'zh-CN': '打印…', en: 'Print…' }, keys: ['Mod+p'] },
  find: { menu: { 'zh-CN': '查找…', en: 'Find…' }, keys: ['Mod+f'] },
  search: { menu: { 'zh-CN': '全文搜索…', en: 'Search All Bulletins…' }, keys: ['Mod+k', '/'] },
  'zoom-in': { menu: { 'zh-CN': '放大', en: 'Zoom In' }, keys: ['Mod+=', 'Mod++'] },
  'zoom-out': { menu: { 'zh-CN': '缩小', en: 'Zoom Out' }, keys: ['Mod+-'] },
  'zoom-reset': { menu: { 'zh-CN': '实际大小', en: 'Actual Size' }, keys: ['Mod+0'] },
  'go-library': { menu: { 'zh-CN': '返回书库', en: 'Back to Library' }, keys: ['Mod+l'] },
  'history-back': { menu: { 'zh-CN': '后退', en: 'Back' }, keys: ['Alt+ArrowLeft'] },
  'history-forward': { menu: { 'zh-CN': '前进', en: 'Forward' }, keys: ['Alt+ArrowRight'] },
  'previous-article': { menu: { 'zh-CN': '上一篇', en: 'Previous Article' }, keys: ['ArrowLeft', 'k'] },
  'next-article': { menu: { 'zh-CN': '下一篇', en: 'Next Article' }, keys: ['ArrowRight', 'j'] },
  'toggle-language': { menu: { 'zh-CN': '切换语言（中文 / English）', en: 'Switch Language (中文 / English)' }, keys: [] },
  about: { menu: { 'zh-CN': '关于内刊档案', en: 'About Bulletin Archive' }, keys: [] },
  'package-export': { menu: { 'zh-CN': '导出数据包…', en: 'Export Package…' }, keys: [] },
  'package-import': { menu: { 'zh-CN': '导入数据包…', en: 'Import Package…' }, keys: [] },
  'package-verify': { menu: { 'zh-CN': '校验数据包…', en: 'Verify Package…' }, keys: [] },
  'backup-now': { menu: { 'zh-CN': '立即备份', en: 'Back Up Now' }, keys: [] },
};

/** `Mod+o` → `CmdOrCtrl+O`: the first `Mod+` key of a command as an Electron accelerator, if it has one. */
export function menuAccelerator(keys: readonly string[]): string | null {
  const key = keys.find((k) => k.startsWith('Mod+'));
  if (!key) return null;
  const rest = key.slice('Mod+'.length);
  return `CmdOrCtrl+${rest.length === 1 ? rest.toUpperCase() : rest}`;
}
