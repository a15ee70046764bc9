import { useTranslation } from 'react-i18next';
import { AnnotationStatus } from './AnnotationStatus';
import { BookmarkToggle } from './BookmarkToggle';
import { ExportButtons } from './ExportButtons';

/** On the issue page: its star, and the export of every note on its articles. */
export function IssueAnnotationActions({ issueId }: { issueId: string }) {
  const { t } = useTranslation();
  return (
    <div className="issue-annotation-actions">
      <BookmarkToggle target={{ kind: 'issue', issueId }} />
      <ExportButtons scope={{ kind: 'issue', issueId }} label={t('annotations.exportIssue')} />
      <AnnotationStatus />
    </div>
  );
}
