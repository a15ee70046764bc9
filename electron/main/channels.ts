/** The only IPC channels. The preload and the main process both import these names. */
export const INVOKE_CHANNEL = 'archive:invoke';
export const COMMAND_CHANNEL = 'archive:command';

export { MENU_COMMANDS, isMenuCommand } from '../../shared/commands';
export type { MenuCommand } from '../../shared/commands';
