import type { Issue } from '../../../shared/catalog';
import { ArticleEditor } from './ArticleEditor';
import { CatalogueCard } from './CatalogueCard';
import { FilesList } from './FilesList';
import { HistoryPanel } from './HistoryPanel';

/** The issue record on the issue page (issue 14): catalogue card, files, article editing and history. */
export function IssueRecord({ issue }: { issue: Issue }) {
  return (
    <div className="issue-record">
      <CatalogueCard issue={issue} />
      <FilesList issue={issue} />
      <ArticleEditor issue={issue} />
      <HistoryPanel issue={issue} />
    </div>
  );
}
