import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * A locally installed Chromium, Chrome or Edge to lay out and print PDFs with. Nothing is ever
 * downloaded: offices without internet use what is installed (Edge is on every Windows 10/11).
 * `BULLETIN_ARCHIVE_BROWSER` names another executable.
 */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const own = env.BULLETIN_ARCHIVE_BROWSER ? [env.BULLETIN_ARCHIVE_BROWSER] : [];
  switch (platform) {
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
      const suffixes = [
        'Microsoft\\Edge\\Application\\msedge.exe',
        'Google\\Chrome\\Application\\chrome.exe',
        'Chromium\\Application\\chrome.exe',
      ];
      return [...own, ...suffixes.flatMap((suffix) => roots.map((root) => path.win32.join(root, suffix)))];
    }
    case 'darwin':
      return [
        ...own,
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    default:
      return [
        ...own,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/microsoft-edge',
        '/usr/bin/microsoft-edge-stable',
        '/opt/google/chrome/chrome',
        '/opt/microsoft/msedge/msedge',
        '/snap/bin/chromium',
      ];
  }
}

export function findBrowser(candidates: readonly string[] = browserCandidates()): string | null {
  for (const candidate of candidates) {
    try {
      accessSync(candidate, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
      return candidate;
    } catch {
      // not installed here; try the next
    }
  }
  return null;
}

export function noBrowserMessage(candidates: readonly string[] = browserCandidates()): string {
  return (
    'Making a PDF needs Chromium, Google Chrome or Microsoft Edge installed on this computer, and none was found ' +
    `(looked for ${candidates.slice(0, 4).join(', ')}…). Install one (on Debian, UOS or Kylin: apt-get install chromium), ` +
    'or set BULLETIN_ARCHIVE_BROWSER to its program file, or export HTML and print that from any browser.'
  );
}
