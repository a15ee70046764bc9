/** The only IPC channels. The preload and the main process both import these names. */
export const INVOKE_CHANNEL = 'archive:invoke';
export const COMMAND_CHANNEL = 'archive:command';

/**
 * Commands the native menu may send to the page. The renderer's commands registry has the same
 * ids (tests/unit/app/commands.test.ts keeps the two lists equal).
 */
export const MENU_COMMANDS = [
  'import',
  'print',
  'find',
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
