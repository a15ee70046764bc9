import { spawn } from 'node:child_process';

/**
 * How this system opens an address in the person's default browser, or null where there is no
 * way to (a Linux session with no display would start a text browser in the terminal, or nothing).
 */
export function browserOpener(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, url: string): { command: string; args: string[] } | null {
  switch (platform) {
    case 'win32':
      // `start` is a cmd built-in that mangles some URLs; the URL handler takes it as it is.
      return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
    case 'darwin':
      return { command: 'open', args: [url] };
    default:
      if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return null;
      return { command: 'xdg-open', args: [url] };
  }
}

/** Opens the address if this system can; never fails (the address is printed anyway). */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  const opener = browserOpener(platform, env, url);
  if (!opener) return false;
  try {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true, env });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
