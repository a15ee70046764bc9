/**
 * The files the archive imports, by extension: text, PDF and Word bulletins, and issues exported
 * as JSON (restored exactly). The app's file filter and the command line's folder walk both ask
 * here, so neither skips a file the other imports. Scanned pages (issue 16) come as image files.
 */
export const BULLETIN_EXTENSIONS = ['.txt', '.text', '.pdf', '.docx', '.json', '.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;

/** An issue exported by the archive itself: restored as it was, never parsed or reviewed again. */
export const ISSUE_EXPORT_EXTENSION = '.json';

/** The extension of a file name (or of the last part of a path), lower case, with its dot. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function isBulletinFileName(name: string): boolean {
  return (BULLETIN_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

export function isIssueExportName(name: string): boolean {
  return extensionOf(name) === ISSUE_EXPORT_EXTENSION;
}
