import { MENU_COMMANDS } from '../../../shared/commands';
import { importFiles } from '../store/imports';
import { goBack, openLibrary, requestFind, stepArticle, toggleLanguage, zoomBy } from '../store/navigation';
import { navigate } from '../store/navigation';
import { setState } from '../store/store';
import { hasUserActivation, openFilePicker } from './file-picker';
import { findHere, openSearch, stepHit } from '../search/state';
import { openPrintView } from '../print/open-print';

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

export const commands: Readonly<Record<CommandId, Command>> = {
  import: {
    label: 'nav.import',
    keys: ['Mod+o'],
    run: () => {
      navigate({ kind: 'import' });
      // A file chooser needs a click or key press; a native menu's message is neither, so
      // there the Import view's own button (focused) opens it.
      if (hasUserActivation()) openFilePicker(importFiles);
      else requestAnimationFrame(() => document.getElementById('choose-files')?.focus());
    },
  },
  print: { label: 'toolbar.print', keys: ['Mod+p'], run: openPrintView },
  // In an article Ctrl+F finds within it; in the library it filters the issues.
  find: { label: 'toolbar.filter', keys: ['Mod+f'], run: () => findHere(requestFind) },
  search: { label: 'search.nav', keys: ['Mod+k', '/'], run: openSearch },
  'find-next': { label: 'search.find.next', keys: ['F3'], run: () => stepHit(1) },
  'find-previous': { label: 'search.find.previous', keys: ['Shift+F3'], run: () => stepHit(-1) },
  'zoom-in': { label: 'toolbar.zoomIn', keys: ['Mod+=', 'Mod++'], run: () => zoomBy(1) },
  'zoom-out': { label: 'toolbar.zoomOut', keys: ['Mod+-'], run: () => zoomBy(-1) },
  'zoom-reset': { label: 'toolbar.zoomReset', keys: ['Mod+0'], run: () => zoomBy(0) },
  'go-library': { label: 'nav.library', keys: ['Mod+l'], run: () => openLibrary() },
  'previous-article': { label: 'article.previous', keys: ['ArrowLeft', 'k'], run: () => stepArticle(-1) },
  'next-article': { label: 'article.next', keys: ['ArrowRight', 'j'], run: () => stepArticle(1) },
  'toggle-language': { label: 'toolbar.switchLanguage', keys: [], run: () => void toggleLanguage() },
  about: { label: 'about.title', keys: [], run: () => setState({ aboutOpen: true }) },
  back: { label: 'toolbar.back', keys: ['Alt+ArrowLeft', 'Escape'], run: goBack },
};

export function isCommandId(value: string): value is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(value);
}

export function runCommand(id: CommandId): void {
  commands[id].run();
}
