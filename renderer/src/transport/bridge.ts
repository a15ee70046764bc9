import type { ApiResult, ArchiveBridge, IncomingFile } from '../../../shared/contract';

/**
 * What the page talks to: the bridge (Electron's preload, or browser mode's HTTP client), plus
 * how a chosen file travels to an import call, which differs per transport (stage-file.ts).
 * Menu commands arrive only in Electron (ArchiveBridge.onCommand).
 */
export interface ArchiveShell extends ArchiveBridge {
  /** The file as an import call takes it: uploaded first (browser mode) or its bytes (Electron). */
  stageFile(file: File): Promise<ApiResult<IncomingFile>>;
  /** A package chosen in the page (browser mode: uploaded under the package limit; Electron without its dialog: bytes). */
  stagePackage(file: File): Promise<ApiResult<IncomingFile>>;
}

declare global {
  interface Window {
    archive?: ArchiveBridge;
  }
}
