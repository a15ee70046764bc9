import { COMMAND_IDS, commands } from './registry';
import type { CommandId } from './registry';

export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

/**
 * `Mod+o`, `Alt+ArrowLeft`, `Shift+F3`, `j`: the names used in the registry. Shift is named only
 * with keys that have no shifted character (a capital J is still `j`).
 */
export function keyName(event: KeyFacts): string {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const shift = event.shiftKey === true && event.key.length > 1 ? 'Shift+' : '';
  return `${event.ctrlKey || event.metaKey ? 'Mod+' : ''}${event.altKey ? 'Alt+' : ''}${shift}${key}`;
}

/**
 * The command a key press runs. With a native menu, `Mod+` shortcuts belong to the menu's
 * accelerators, which would otherwise run the command twice.
 */
export function commandForKey(event: KeyFacts, nativeMenu: boolean): CommandId | null {
  const name = keyName(event);
  if (nativeMenu && name.startsWith('Mod+')) return null;
  return COMMAND_IDS.find((id) => commands[id].keys.includes(name)) ?? null;
}

/** Typing in a field is not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
