import type { catalogueMethods } from '../../../../shared/contract/catalogue';
import { followArticleEdits } from '../../annotations/follow-articles';
import { updateIssues } from '../../library/batch-edit';
import { catalogueSettings, setCatalogueSettings } from '../../library/catalogue-settings';
import { editArticles } from '../../library/edit-articles';
import { historyRows, readHistory } from '../../library/history';
import { historyToCsv, historyToJson } from '../../library/history-export';
import { listRecycled, restoreRecycled } from '../../library/recycle';
import { undoChange } from '../../library/undo';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

export function catalogueHandlers({ library, annotations }: ApiContext): AreaHandlers<keyof typeof catalogueMethods> {
  return {
    'issues.editArticles': async ({ issueId, articles }) => {
      const edited = await editArticles(library, issueId, articles);
      // The marks follow their text (a split, a merge), then are anchored again.
      await followArticleEdits(library, annotations, edited.texts, edited.moves);
      return library.getIssue(issueId);
    },
    'issues.updateMany': async ({ issueIds, patch }) => ({ updated: (await updateIssues(library, issueIds, patch)).length }),
    'history.list': async (filter) => historyRows((await readHistory(library.dir)).entries, filter),
    'history.undo': async ({ entryId }) => {
      const undone = await undoChange(library, entryId);
      await annotations.reanchorDangling();
      return { undone: undone.entry.id, issueId: undone.issue?.id ?? null };
    },
    'history.export': async ({ format, issueId, series }) => {
      const rows = historyRows((await readHistory(library.dir)).entries, { ...(issueId && { issueId }), ...(series && { series }) });
      return format === 'csv'
        ? { fileName: 'history.csv', mime: 'text/csv', text: historyToCsv(rows) }
        : { fileName: 'history.json', mime: 'application/json', text: historyToJson(rows) };
    },
    'recycle.list': async () =>
      (await listRecycled(library)).map(({ issue, deletedAt }) => ({
        issueId: issue.id,
        series: issue.series,
        year: issue.year,
        number: issue.number,
        deletedAt,
        articleCount: issue.articles.length,
      })),
    'recycle.restore': async ({ issueId }) => restoreRecycled(library, issueId),
    'catalogue.settings': async () => catalogueSettings(library),
    'catalogue.setSettings': async ({ patch }) => setCatalogueSettings(library, patch),
  };
}
