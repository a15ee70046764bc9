import type { libraryMethods } from '../../../../shared/contract/library';
import { readOriginal } from '../../library/original-file';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

export function libraryHandlers({ library }: ApiContext): AreaHandlers<keyof typeof libraryMethods> {
  return {
    'library.info': async () => ({
      path: library.dir,
      issueCount: library.listIssues().length,
      notices: [...library.notices],
    }),
    'issues.list': async () => library.listIssues(),
    'issues.get': async ({ issueId }) => library.getIssue(issueId),
    'issues.update': async ({ issueId, patch }) => library.updateIssue(issueId, patch),
    'issues.delete': async ({ issueId }) => {
      await library.deleteIssue(issueId);
      return { deleted: issueId };
    },
    'articles.get': async ({ articleId }) => library.getArticle(articleId),
    'issues.original': async ({ issueId, sha256 }) => {
      const original = await readOriginal(library, issueId, sha256);
      return { name: original.name, mime: original.mime, dataBase64: Buffer.from(original.bytes).toString('base64') };
    },
  };
}
