import type { ArchiveBridge } from '../../../shared/contract';

/** Menu commands arrive only in Electron; browser mode has no native menu. */
export interface ArchiveShell extends ArchiveBridge {
  onCommand?: (listener: (command: string) => void) => () => void;
}

declare global {
  interface Window {
    archive?: ArchiveShell;
  }
}
