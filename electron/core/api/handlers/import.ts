import type { ImportOutcome } from '../../../../shared/contract';
import type { importMethods } from '../../../../shared/contract/import';
import { ArchiveError } from '../../errors';
import { decodeBase64 } from '../../encoding/base64';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

export function importHandlers({ library, drafts }: ApiContext): AreaHandlers<keyof typeof importMethods> {
  return {
    'import.bulletins': async ({ files, sameIssue }) => {
      // One at a time: an import writes to the library, and the order of outcomes must match.
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        const bytes = decodeBase64(file.dataBase64);
        if (bytes === null) {
          outcomes.push({ status: 'failed', file: file.name, code: 'bad-input', message: garbled(file.name) });
          continue;
        }
        outcomes.push(await library.importBulletin({ name: file.name, bytes }, sameIssue ? { sameIssue } : {}));
      }
      return outcomes;
    },
    'import.sample': async () => library.importSample(),
    'import.preview': async ({ file }) => {
      const bytes = decodeBase64(file.dataBase64);
      if (bytes === null) throw new ArchiveError('bad-input', garbled(file.name));
      return drafts.open({ name: file.name, bytes });
    },
    'import.commit': async ({ draftId, parsed }) => drafts.commit(draftId, parsed),
    'import.discard': async ({ draftId }) => {
      drafts.discard(draftId);
      return { discarded: draftId };
    },
  };
}

function garbled(name: string): string {
  return `${name}: the file's contents did not arrive intact (invalid base64). Try importing it again.`;
}
