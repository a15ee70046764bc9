import path from 'node:path';

/**
 * Paths inside a bag: `/`-separated, relative, ASCII, never `..` (docs/package-format.md). A path
 * from a bag someone else made is untrusted: it is checked here before it names anything on disk.
 */
const SAFE_SEGMENT = /^[A-Za-z0-9._-]{1,200}$/;

/** Why a path read from a bag cannot be trusted, or null when it is a plain relative path. */
export function unsafeBagPath(bagPath: string): string | null {
  if (bagPath === '') return 'empty path';
  if (bagPath.includes('\\')) return 'backslash in path';
  if (bagPath.includes('\0')) return 'NUL in path';
  if (bagPath.startsWith('/') || /^[A-Za-z]:/.test(bagPath)) return 'absolute path';
  if (bagPath.length > 1000) return 'path too long';
  for (const segment of bagPath.split('/')) {
    if (segment === '..') return 'path climbs out with ..';
    if (segment === '' || segment === '.') return 'empty or "." segment';
    if (!SAFE_SEGMENT.test(segment)) return 'characters outside A–Z, 0–9, ".", "_", "-"';
  }
  return null;
}

/** Whether a safe bag path is a payload file (under `data/`). */
export function isPayloadPath(bagPath: string): boolean {
  return bagPath.startsWith('data/') && bagPath.length > 'data/'.length;
}

/**
 * The file a bag path names under a folder, on this system or another (`path.win32` in tests):
 * built segment by segment, so a `/` in a bag path never becomes anything but a separator.
 */
export function bagFileAt(root: string, bagPath: string, paths: path.PlatformPath = path): string {
  return paths.join(root, ...bagPath.split('/'));
}
