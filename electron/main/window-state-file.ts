import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { Rect } from './window-state';

const FILE_NAME = 'window-state.json';

export function loadSavedBounds(userDataDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(userDataDir, FILE_NAME), 'utf8'));
  } catch {
    return null;
  }
}

/** Remembers the normal (not maximised) bounds when the window closes. */
export function rememberBounds(window: BrowserWindow, userDataDir: string): void {
  window.on('close', () => {
    const bounds: Rect = window.getNormalBounds();
    const file = join(userDataDir, FILE_NAME);
    try {
      writeFileSync(`${file}.tmp`, JSON.stringify(bounds));
      renameSync(`${file}.tmp`, file);
    } catch (error) {
      console.warn('Could not remember the window size', error);
    }
  });
}
