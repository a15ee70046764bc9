import type { ArchiveBridge } from '../../../shared/contract';

/** Menu commands arrive only in Electron (ArchiveBridge.onCommand); browser mode has no native menu. */
export type ArchiveShell = ArchiveBridge;

declare global {
  interface Window {
    archive?: ArchiveShell;
  }
}
