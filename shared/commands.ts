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
  'previous-article',
  'next-article',
  'toggle-language',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
