import { z } from 'zod';
import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from './index';
import { ExportTokenSchema } from './export';
import { IssueIdSchema, Sha256Schema } from './library';

/** How a prepared export reached the person: saved where they chose, downloaded, or not at all. */
export type SavedExport =
  { kind: 'saved'; fileName: string; path: string } | { kind: 'downloaded'; fileName: string } | { kind: 'cancelled' };

/** How an issue's original reached the person: opened in the system's viewer, or downloaded. */
/** `opened`: with the system's viewer (Electron); `shown`: in a new browser tab; `downloaded`: saved by the browser. */
export type OpenedOriginal = { kind: 'opened'; fileName: string } | { kind: 'shown'; fileName: string } | { kind: 'downloaded'; fileName: string };

/** Browser mode opens an issue's original at this address + the issue id (a new tab; see electron/server/original-route.ts). */
export const ORIGINAL_PATH = '/original/';

/**
 * Handing a file from the archive to the person, the one part of the API that differs per
 * transport: Electron asks where to save (and opens originals with the system's viewer), a
 * browser downloads. Both transports implement all of it, so feature code never asks which one
 * it runs over. The page names a spool token or an issue id; the main process chooses paths.
 */
export interface FileDelivery {
  saveExport(token: string): Promise<ApiResult<SavedExport>>;
  /** The issue's original, or the file of that checksum (one of its several files). */
  openOriginal(issueId: string, sha256?: string): Promise<ApiResult<OpenedOriginal>>;
}

/** What the preload exposes as window.archive, and what browser mode provides the same way. */
export interface ArchiveBridge extends FileDelivery {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>>;
  /** Native menu commands (Electron only; browser mode has no native menu). */
  onCommand?(listener: (command: string) => void): () => void;
  /**
   * Electron only: the main process's open dialog picks a package (issue 15) and answers with a
   * token naming it, never its bytes or its path; null when the person cancels.
   */
  pickPackage?(): Promise<ApiResult<PickedPackage | null>>;
}

/** A package the desktop's open dialog picked, as the package calls name it. */
export interface PickedPackage {
  name: string;
  picked: string;
}

/** Electron's preload: the whole bridge, native menu included. */
export type DesktopBridge = Required<ArchiveBridge>;

/**
 * The names the preload exposes, checked against DesktopBridge by the compiler (a missing or an
 * extra name does not compile), so tests derive their expectations from the type.
 */
export const DESKTOP_BRIDGE_KEYS: readonly string[] = Object.freeze(
  Object.keys({ invoke: true, saveExport: true, openOriginal: true, onCommand: true, pickPackage: true } satisfies Record<keyof DesktopBridge, true>),
);

/** The one IPC message of FileDelivery; the main process parses it like any API input. */
export const DeliveryRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('save-export'), token: ExportTokenSchema }),
  z.strictObject({ kind: z.literal('open-original'), issueId: IssueIdSchema, sha256: Sha256Schema.optional() }),
  // Issue 15: the open dialog picks a package; the answer is a token (PickedPackage), never a path.
  z.strictObject({ kind: z.literal('pick-package') }),
]);
export type DeliveryRequest = z.infer<typeof DeliveryRequestSchema>;
