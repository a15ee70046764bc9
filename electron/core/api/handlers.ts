import type { z } from 'zod';
import type { ApiMethod, ApiOutputs, ImportOutcome, contract } from '../../../shared/contract';
import type { LibraryPort } from './library-port';
import { decodeBase64 } from './base64';

/** The input a handler receives: already parsed by the method's strict schema. */
export type ParsedInput<M extends ApiMethod> = z.output<(typeof contract)[M]['input']>;

export type Handlers = {
  readonly [M in ApiMethod]: (input: ParsedInput<M>) => Promise<ApiOutputs[M]>;
};

export function createHandlers(library: LibraryPort): Handlers {
  return {
    'library.info': async () => ({
      path: library.dir,
      issueCount: library.listIssues().length,
      notices: [...library.notices],
    }),
    'issues.list': async () => library.listIssues(),
    'issues.get': async ({ issueId }) => library.getIssue(issueId),
    'articles.get': async ({ articleId }) => library.getArticle(articleId),
    'import.bulletins': async ({ files }) => {
      // One at a time: an import writes to the library, and the order of outcomes must match.
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        const bytes = decodeBase64(file.dataBase64);
        if (bytes === null) {
          outcomes.push({
            status: 'failed',
            file: file.name,
            code: 'bad-input',
            message: `${file.name}: the file's contents did not arrive intact (invalid base64). Try importing it again.`,
          });
          continue;
        }
        outcomes.push(await library.importBulletin({ name: file.name, bytes }));
      }
      return outcomes;
    },
    'import.sample': async () => library.importSample(),
  };
}
