/** The only IPC channels. The preload and the main process both import these names. */
export const INVOKE_CHANNEL = 'archive:invoke';
export const COMMAND_CHANNEL = 'archive:command';
/** FileDelivery (shared/contract/bridge.ts): save a prepared export, open an issue's original. */
export const DELIVER_CHANNEL = 'archive:deliver';

export { MENU_COMMANDS, isMenuCommand } from '../../shared/commands';
export type { MenuCommand } from '../../shared/commands';
