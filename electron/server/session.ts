import { tokensMatch } from './request-policy';

/**
 * How the browser-mode key reaches the page. Any local program (and any web page, through the
 * browser) can reach a loopback port, so the archive answers only a browser that was given this
 * run's key: the address printed at start carries it once (`/?token=…`); the server trades it
 * for an HttpOnly, SameSite=Strict cookie and redirects to the clean address, so the key leaves
 * the address bar. Only a page loaded with that cookie is handed the API token (a meta tag);
 * other sites' pages never send the cookie and cannot read the page. Host and Origin checks
 * stay as they were (DNS rebinding, cross-site requests).
 */
export const KEY_PARAMETER = 'token';

/** Per port: cookies are not separated by port, and two archives may run side by side. */
export function sessionCookieName(port: number): string {
  return `archive-session-${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${sessionCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

export function hasSession(cookieHeader: string | undefined, port: number, token: string): boolean {
  const name = sessionCookieName(port);
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name && tokensMatch(value.join('='), token)) return true;
  }
  return false;
}

/** The address to print and open: the page with the key, exchanged on first load. */
export function launchUrl(url: string, token: string): string {
  return `${url}?${KEY_PARAMETER}=${encodeURIComponent(token)}`;
}

export const KEY_MISSING_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>内刊档案</title></head>
<body><h1>内刊档案：请用启动时显示的地址打开</h1>
<p>为保护书库，浏览器模式只接待持有本次密钥的浏览器。请复制启动窗口中显示的完整地址（以 <code>?token=</code> 结尾的那一行）粘贴到浏览器地址栏；重新启动后需用新地址。</p>
<p lang="en">To protect the library, browser mode answers only a browser that holds this run's key. Copy the whole address shown where the archive was started (the line ending in <code>?token=…</code>) into the address bar; after a restart, use the new address.</p>
</body></html>`;
