import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl } from '../../../electron/main/app-url';
import { APP_CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { allowNavigation, allowPermission, allowRequest, isTrustedSender, windowOpenDecision } from '../../../electron/main/policies';
import { mainWindowOptions } from '../../../electron/main/window-options';

describe('window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', { width: 1280, height: 800 });
  const web = options.webPreferences ?? {};

  it('isolate and sandbox the page, with no Node in it', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keep web security on and risky features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.enableBlinkFeatures ?? '').toBe('');
  });

  it('load the bundled CommonJS preload', () => {
    expect(web.preload).toMatch(/index\.cjs$/);
  });
});

describe('navigation and windows', () => {
  it.each(['https://example.com/', 'file:///etc/passwd', 'file:///home/user/dropped.txt', 'javascript:alert(1)', 'app://bundle/assets/index.js', 'app://bundle/index.html?next=https://example.com/', 'app://other/index.html', 'app://bundle.evil/index.html'])(
    'never navigates to %s',
    (url) => {
      expect(allowNavigation(url)).toBe(false);
    },
  );

  it.each([APP_INDEX_URL, 'app://bundle/', 'app://bundle/index.html#/issues'])('lets the page reload itself (%s), as the error screen asks', (url) => {
    expect(allowNavigation(url)).toBe(true);
  });

  it('opens no new windows', () => {
    expect(windowOpenDecision('https://example.com/')).toEqual({ action: 'deny' });
    expect(windowOpenDecision(APP_INDEX_URL)).toEqual({ action: 'deny' });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'unknown'])(
    'denies the %s permission',
    (permission) => {
      expect(allowPermission(permission)).toBe(false);
    },
  );
});

describe('requests', () => {
  it('allows only the app’s own resources', () => {
    expect(allowRequest('app://bundle/index.html')).toBe(true);
    expect(allowRequest('app://bundle/assets/index-abc.js')).toBe(true);
    expect(allowRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    // A document being printed to PDF (print-documents.ts), served by the app protocol.
    expect(allowRequest('app://print/abc.html')).toBe(true);
    expect(isTrustedSender({ url: 'app://print/abc.html', parent: null })).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'ws://127.0.0.1/',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'ftp://example.com/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(allowRequest(url)).toBe(false);
  });

  it('recognises app URLs by scheme and host only', () => {
    expect(isAppUrl('app://bundle/x')).toBe(true);
    expect(isAppUrl('app://bundle.evil/x')).toBe(false);
    expect(isAppUrl('https://bundle/x')).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('answers the app’s main frame only', () => {
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only the app’s own scripts and styles, and no connections', () => {
    expect(APP_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(APP_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(APP_CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(APP_CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});
