import { BrowserWindow, app, dialog, screen } from 'electron';
import { fileURLToPath } from 'node:url';
import { createArchive } from '../core/api/archive';
import type { Archive } from '../core/api/archive';
import { ExportSpool } from '../core/export/export-spool';
import { PickedFiles } from '../core/api/picked-files';
import { defaultLibraryDir, openLibrary } from '../core/library';
import type { Library } from '../core/library';
import { followHistoryButtons } from './history-buttons';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { APP_INDEX_URL } from './app-url';
import { bindApi } from './ipc';
import { installMenu } from './menu';
import { createDesktopDelivery } from './file-delivery';
import { ElectronPdfEngine } from './print-engine';
import { PrintDocuments } from './print-documents';
import { diagnoseLinuxSandbox, systemSandboxProbe } from './linux-sandbox';
import { reportSandboxProblem } from './sandbox-report';
import { hardenAllWebContents, hardenSession } from './security';
import { mainWindowOptions } from './window-options';
import { restoreBounds } from './window-state';
import { loadSavedBounds, rememberBounds } from './window-state-file';

// Built to out/main/index.js; the preload and the renderer are its siblings.
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

let mainWindow: BrowserWindow | null = null;
let library: Library | null = null;
let archive: Archive | null = null;

registerAppScheme();
reportSandboxProblem(diagnoseLinuxSandbox(systemSandboxProbe()));
app.enableSandbox();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  hardenSession();
  const printDocuments = new PrintDocuments();
  serveAppScheme(RENDERER_DIR, printDocuments);
  library = await openLibrary(defaultLibraryDir(), { create: true });
  // Held here as well as by the API, so saving an export reads its bytes directly.
  const spool = new ExportSpool();
  // Packages the open dialog picks are named to the page by token (issue 15: several GB never cross IPC).
  const picked = new PickedFiles();
  archive = createArchive(library, { pdfEngine: () => new ElectronPdfEngine(printDocuments), warmUpSearch: true, spool, picked });
  bindApi(archive.dispatch, createDesktopDelivery(spool, () => library, picked));
  installMenu(() => mainWindow);
  createWindow();
}

function createWindow(): void {
  const userData = app.getPath('userData');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = new BrowserWindow(mainWindowOptions(PRELOAD_PATH, restoreBounds(loadSavedBounds(userData), workAreas)));
  rememberBounds(window, userData);
  followHistoryButtons(window);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
  void window.loadURL(APP_INDEX_URL);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('Bulletin Archive could not start', error);
  dialog.showErrorBox('内刊档案无法启动 / Bulletin Archive could not start', message);
  app.exit(1);
}

app.on('activate', () => {
  if (!mainWindow && library) createWindow();
});

app.on('window-all-closed', () => {
  app.quit();
});

app.on('will-quit', (event) => {
  if (!library) return;
  const closing = library;
  const closingArchive = archive;
  library = null;
  archive = null;
  event.preventDefault();
  void (closingArchive?.close() ?? Promise.resolve()).then(() => closing.close()).finally(() => app.quit());
});
