import { app, dialog, shell } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { DesktopShell } from './file-delivery';

/** Electron's dialogs and viewer for FileDelivery, the dialog attached to the asking window. */
export function desktopShell(owner: BrowserWindow | null): DesktopShell {
  return {
    documentsDir: app.getPath('documents'),
    tempDir: app.getPath('temp'),
    async chooseSavePath(defaultPath, ext) {
      const options: SaveDialogOptions = {
        defaultPath,
        filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
        // Windows and macOS always ask before replacing a file; GTK (Linux) only when told to.
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    async choosePackagePath() {
      const options: OpenDialogOptions = { filters: [{ name: 'BagIt (.zip, .tar)', extensions: ['zip', 'tar'] }], properties: ['openFile'] };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    openPath: (file) => shell.openPath(file),
  };
}
