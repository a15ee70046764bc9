/** The only IPC channels. The preload and the main process both import these names. */
export const INVOKE_CHANNEL = 'archive:invoke';
export const COMMAND_CHANNEL = 'archive:command';
/** An intent: open an issue's original with the system's viewer (the main process picks the path). */
export const OPEN_ORIGINAL_CHANNEL = 'archive:open-original';
/** An intent: save a prepared export (by its spool token) where the person chooses in a save dialog. */
export const SAVE_EXPORT_CHANNEL = 'archive:save-export';

export { MENU_COMMANDS, isMenuCommand } from '../../shared/commands';
export type { MenuCommand } from '../../shared/commands';
