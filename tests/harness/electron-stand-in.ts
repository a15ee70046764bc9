import { EventEmitter } from 'node:events';

/**
 * A stand-in for the parts of Electron's main-process API that electron/main uses, faithful
 * where a mistake would hide: the calls Electron refuses before `ready` (windows, sessions,
 * screens) or after it (privileged schemes, the sandbox switch) throw here too, a second
 * ipcMain.handle for one channel throws, a window loading an app:// URL is answered by the
 * registered protocol handler, and every web contents created is announced on `app`.
 * The test drives it through `harness` (dialogs, the viewer, IPC callers, the ready event).
 */

class PreventableEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let ready = false;
function requireReady(what: string): void {
  if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
}

// ---------------------------------------------------------------- app

class App extends EventEmitter {
  sandboxed = false;
  quitRequested = false;
  exitCode: number | null = null;
  private readonly paths = new Map<string, string>();
  private readonly readyWaiters: (() => void)[] = [];

  whenReady(): Promise<void> {
    return ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  isReady(): boolean {
    return ready;
  }
  enableSandbox(): void {
    if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxed = true;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  getLocale(): string {
    return 'zh-CN';
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`Failed to get '${name}' path`);
    return value;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  quit(): void {
    this.quitRequested = true;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  /** The harness: Electron's `ready`. */
  becomeReady(): void {
    ready = true;
    this.emit('ready');
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
}

export const app = new App();

// ---------------------------------------------------------------- protocol

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const privilegedSchemes: { scheme: string }[] = [];
const protocolHandlers = new Map<string, ProtocolHandler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string }[]): void {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme);
  },
};

/** What a page loading `url` gets: the registered handler's answer (as Chromium asks it). */
async function fetchThroughProtocol(url: string): Promise<Response> {
  const scheme = new URL(url).protocol.replace(/:$/, '');
  if (scheme === 'data') return fetch(url);
  const handler = protocolHandlers.get(scheme);
  if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME: ${url}`);
  return handler(new Request(url));
}

// ---------------------------------------------------------------- web contents and windows

let nextId = 1;

export class WebContents extends EventEmitter {
  readonly id = nextId++;
  url = '';
  /** What the last load answered (status, headers, body text), for the test to inspect. */
  lastResponse: { status: number; headers: Headers; body: string } | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  async loadURL(url: string): Promise<void> {
    // Chromium refuses data: URLs above 2 MB (the documented limit).
    if (url.startsWith('data:') && url.length > 2 * 1024 * 1024) throw new Error('ERR_INVALID_URL (-300) loading a data: URL over 2 MB');
    // The session's request filter sees every load first, as Chromium's network service does.
    const filter = defaultSession.webRequest.beforeRequest;
    if (filter) {
      const cancelled = await new Promise<boolean>((resolve) => filter({ url }, ({ cancel }) => resolve(cancel)));
      if (cancelled) throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`);
    }
    const response = await fetchThroughProtocol(url);
    this.url = url;
    this.lastResponse = { status: response.status, headers: response.headers, body: await response.text() };
    if (response.status >= 400) throw new Error(`ERR_FAILED (${response.status}) loading '${url}'`);
    this.emit('did-finish-load');
  }
  /** No Chromium here: the page printed is recorded, and a valid one-page PDF without text returned. */
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    printedPages.push({ url: this.url, html: this.lastResponse?.body ?? '', options });
    return Buffer.from(MINIMAL_PDF, 'latin1');
  }
  /** The harness: what a navigation attempt by the page would meet. */
  tryNavigate(url: string): boolean {
    const event = new PreventableEvent(url);
    this.emit('will-navigate', event, url);
    const frameEvent = new PreventableEvent(url);
    this.emit('will-frame-navigate', frameEvent);
    return !event.defaultPrevented && !frameEvent.defaultPrevented;
  }
}

export const printedPages: { url: string; html: string; options: Record<string, unknown> }[] = [];

const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  readonly webContents = new WebContents();
  visible = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    requireReady('BrowserWindow');
    windows.push(this);
    app.emit('web-contents-created', new PreventableEvent(), this.webContents);
  }
  static getAllWindows(): BrowserWindow[] {
    return windows.filter((window) => !window.destroyed);
  }
  static fromWebContents(contents: WebContents): BrowserWindow | null {
    return windows.find((window) => window.webContents === contents) ?? null;
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url).then(() => {
      this.emit('ready-to-show');
    });
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

// ---------------------------------------------------------------- ipcMain

export interface SenderFrame {
  url: string;
  parent: object | null;
}
type InvokeHandler = (event: { sender: WebContents; senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown;
const invokeHandlers = new Map<string, InvokeHandler>();

export const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel: string, handler: InvokeHandler): void {
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    invokeHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    invokeHandlers.delete(channel);
  },
});

// ---------------------------------------------------------------- session

class WebRequest {
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void {
    this.beforeRequest = listener;
  }
}

class Session extends EventEmitter {
  readonly webRequest = new WebRequest();
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((contents: unknown, permission: string) => boolean) | null = null;
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(_handler: () => boolean): void {}
}

const defaultSession = new Session();
export const session = {
  get defaultSession(): Session {
    requireReady('session.defaultSession');
    return defaultSession;
  },
};

// ---------------------------------------------------------------- dialog, shell, screen, Menu

export const dialog = {
  /** The harness sets what the person picks; every call's options are kept. */
  saveAnswer: { canceled: true, filePath: '' },
  saveCalls: new Array<{ parent: BrowserWindow | null; options: unknown }>(),
  errorBoxes: new Array<{ title: string; content: string }>(),
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    const [parent, options] = args[0] instanceof BrowserWindow ? [args[0], args[1]] : [null, args[0]];
    dialog.saveCalls.push({ parent, options });
    return { ...dialog.saveAnswer };
  },
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push({ title, content });
  },
};

export const shell = {
  opened: new Array<string>(),
  /** '' = opened; anything else is the reason the system gives. */
  openAnswer: '',
  async openPath(file: string): Promise<string> {
    shell.opened.push(file);
    return shell.openAnswer;
  },
  async openExternal(): Promise<void> {
    throw new Error('the archive never opens external URLs');
  },
};

export const screen = {
  getAllDisplays(): { workArea: { x: number; y: number; width: number; height: number } }[] {
    requireReady('screen');
    return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  },
};

export const Menu = {
  applied: new Array<unknown>(),
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: unknown): void {
    Menu.applied.push(menu);
  },
};

// ---------------------------------------------------------------- the harness's handle

export const harness = {
  app,
  windows,
  privilegedSchemes,
  defaultSession,
  fetchThroughProtocol,
  /** A call from a page through ipcRenderer.invoke: the frame is the page's main frame. */
  async invoke(channel: string, frame: SenderFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = invokeHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const sender = windows[0]?.webContents ?? new WebContents();
    // Electron answers with a structured clone: nothing but data crosses.
    return structuredClone(await handler({ sender, senderFrame: frame }, ...structuredClone(args)));
  },
  channels(): string[] {
    return [...invokeHandlers.keys()].sort();
  },
};

// A one-page PDF with no text, so a read-back finds no page markers.
const MINIMAL_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

const electron = { app, protocol, BrowserWindow, ipcMain, session, dialog, shell, screen, Menu };
export default electron;
