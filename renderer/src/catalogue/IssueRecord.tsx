import type { Issue } from '../../../shared/catalog';
import { ArticleEditor } from './ArticleEditor';
import { CatalogueCard } from './CatalogueCard';
import { FilesList } from './FilesList';
import { HistoryPanel } from './HistoryPanel';
import { useCan } from '../people/session';

/** The issue record on the issue page (issue 14): catalogue card, files, article editing and history. */
export function IssueRecord({ issue }: { issue: Issue }) {
  // Issue 18: editing the articles and the record's history are the cataloguer's.
  const mayEdit = useCan('issues.editArticles');
  const mayHistory = useCan('history.list');
  return (
    <div className="issue-record">
      <CatalogueCard issue={issue} />
      <FilesList issue={issue} />
      {mayEdit && <ArticleEditor issue={issue} />}
      {mayHistory && <HistoryPanel issue={issue} />}
    </div>
  );
}
