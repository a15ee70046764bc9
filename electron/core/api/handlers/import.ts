import type { ImportOutcome, IncomingFile } from '../../../../shared/contract';
import type { importMethods } from '../../../../shared/contract/import';
import { isArchiveError } from '../../errors';
import type { ApiContext } from '../context';
import type { UploadStore } from '../uploads';
import type { AreaHandlers } from './types';

export function importHandlers({ library, drafts, uploads }: ApiContext): AreaHandlers<keyof typeof importMethods> {
  return {
    'import.bulletins': async ({ files, sameIssue }) => {
      // One at a time: an import writes to the library, and the order of outcomes must match.
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        let bytes: Uint8Array;
        try {
          bytes = await bytesOf(file, uploads);
        } catch (error) {
          if (!isArchiveError(error)) throw error;
          outcomes.push({ status: 'failed', file: file.name, code: error.code, message: error.message, said: error.said });
          continue;
        }
        outcomes.push(await library.importBulletin({ name: file.name, bytes }, sameIssue ? { sameIssue } : {}));
      }
      return outcomes;
    },
    'import.sample': async () => library.importSample(),
    'import.preview': async ({ file, asDocument }) => drafts.open({ name: file.name, bytes: await bytesOf(file, uploads) }, { asDocument }),
    'import.commit': async ({ draftId, parsed }) => drafts.commit(draftId, parsed),
    'import.discard': async ({ draftId }) => {
      drafts.discard(draftId);
      return { discarded: draftId };
    },
  };
}

/** The file's bytes: carried in the call (Electron IPC), or streamed before it (browser mode's upload). */
async function bytesOf(file: IncomingFile, uploads: UploadStore): Promise<Uint8Array> {
  return 'bytes' in file ? file.bytes : uploads.take(file.upload, file.name);
}
