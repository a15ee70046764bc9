import { MENU_COMMAND_RECORDS, MENU_COMMANDS } from '../../../shared/commands';
import type { MenuCommand } from '../../../shared/commands';
import { importFiles } from '../store/imports';
import { goBack, openLibrary, requestFind, stepArticle, toggleLanguage, zoomBy } from '../store/navigation';
import { navigate } from '../store/navigation';
import { setState } from '../store/store';
import { hasUserActivation, openFilePicker } from './file-picker';
import { findHere, openSearch, stepHit } from '../search/state';
import { openPrintView } from '../print/open-print';
import { canNow } from '../people/session';
import { goInHistory } from '../routes/router';

/**
 * The one list of things a person can do. The native menu (Electron), the keyboard and the
 * toolbar all run these; the menu sends the ids of shared/commands.ts.
 */
export const COMMAND_IDS = [...MENU_COMMANDS, 'back', 'find-next', 'find-previous'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface Command {
  /** i18n key of the command's name (tooltips, menus). */
  label: string;
  /** `Mod+` is Ctrl, or ⌘ on a Mac. */
  keys: readonly string[];
  run(): void;
}

/** A menu command's keys are its record's: the native menu's accelerators come from the same list. */
const menuKeys = (id: MenuCommand): readonly string[] => MENU_COMMAND_RECORDS[id].keys;

export const commands: Readonly<Record<CommandId, Command>> = {
  import: {
    label: 'nav.import',
    keys: menuKeys('import'),
    run: () => {
      // Issue 18: the shortcut and the menu do nothing for a role that may not import.
      if (!canNow('import.bulletins')) return;
      navigate({ kind: 'import' });
      // A file chooser needs a click or key press; a native menu's message is neither, so
      // there the Import view's own button (focused) opens it.
      if (hasUserActivation()) openFilePicker(importFiles);
      else requestAnimationFrame(() => document.getElementById('choose-files')?.focus());
    },
  },
  print: { label: 'toolbar.print', keys: menuKeys('print'), run: openPrintView },
  // In an article Ctrl+F finds within it; in the library it filters the issues.
  find: { label: 'toolbar.filter', keys: menuKeys('find'), run: () => findHere(requestFind) },
  search: { label: 'search.nav', keys: menuKeys('search'), run: openSearch },
  'find-next': { label: 'search.find.next', keys: ['F3'], run: () => stepHit(1) },
  'find-previous': { label: 'search.find.previous', keys: ['Shift+F3'], run: () => stepHit(-1) },
  'zoom-in': { label: 'toolbar.zoomIn', keys: menuKeys('zoom-in'), run: () => zoomBy(1) },
  'zoom-out': { label: 'toolbar.zoomOut', keys: menuKeys('zoom-out'), run: () => zoomBy(-1) },
  'zoom-reset': { label: 'toolbar.zoomReset', keys: menuKeys('zoom-reset'), run: () => zoomBy(0) },
  'go-library': { label: 'nav.library', keys: menuKeys('go-library'), run: () => openLibrary() },
  'previous-article': { label: 'article.previous', keys: menuKeys('previous-article'), run: () => stepArticle(-1) },
  'next-article': { label: 'article.next', keys: menuKeys('next-article'), run: () => stepArticle(1) },
  'toggle-language': { label: 'toolbar.switchLanguage', keys: menuKeys('toggle-language'), run: () => void toggleLanguage() },
  about: { label: 'about.title', keys: menuKeys('about'), run: () => setState({ aboutOpen: true }) },
  // Escape goes up (article → issue → library); Alt+← is history's Back, as in a browser.
  back: { label: 'toolbar.back', keys: ['Escape'], run: goBack },
  'history-back': { label: 'routes.back', keys: menuKeys('history-back'), run: () => goInHistory(-1) },
  'history-forward': { label: 'routes.forward', keys: menuKeys('history-forward'), run: () => goInHistory(1) },
  'package-export': { label: 'package.tabs.export', keys: [], run: () => navigate({ kind: 'packages', tab: 'export' }) },
  'package-import': { label: 'package.tabs.import', keys: [], run: () => navigate({ kind: 'packages', tab: 'import' }) },
  'package-verify': { label: 'package.tabs.verify', keys: [], run: () => navigate({ kind: 'packages', tab: 'verify' }) },
  'backup-now': { label: 'package.tabs.backup', keys: [], run: () => navigate({ kind: 'packages', tab: 'backup' }) },
};

export function isCommandId(value: string): value is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(value);
}

export function runCommand(id: CommandId): void {
  commands[id].run();
}
