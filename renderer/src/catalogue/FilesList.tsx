import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueFiles } from '../../../shared/catalog';
import type { Issue } from '../../../shared/catalog';
import { FormOutcome } from './FormParts';
import type { FormMessage } from './FormParts';
import { openOriginal } from '../store/api';

/** The issue's files (the original first, then a PDF beside it, a better scan, a variant), each openable. */
export function FilesList({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<FormMessage | null>(null);
  const files = issueFiles(issue);
  const open = async (sha256: string): Promise<void> => {
    const result = await openOriginal(issue.id, sha256);
    setMessage(
      result.ok
        ? { phrase: { key: `review.issue.${result.data.kind}`, values: { name: result.data.fileName } }, error: false }
        : { phrase: { key: 'review.issue.openFailed', values: { reason: { error: result.error } } }, error: true },
    );
  };
  return (
    <section className="catalogue-files" aria-labelledby="catalogue-files-title" data-testid="issue-files">
      <h2 id="catalogue-files-title">{t('catalogue.files', { count: files.length })}</h2>
      <ul>
        {files.map((file) => (
          <li key={file.sha256}>
            <span className="catalogue-file-name">{file.name}</span>
            <span className={`catalogue-role catalogue-role-${file.role}`}>{t(`catalogue.roles.${file.role}`)}</span>
            <span className="catalogue-file-size">{Math.max(1, Math.round(file.size / 1024))} KB</span>
            <button type="button" className="button button-small" onClick={() => void open(file.sha256)} aria-label={t('catalogue.openLabel', { name: file.name })}>
              {t('catalogue.open')}
            </button>
          </li>
        ))}
      </ul>
      <FormOutcome message={message} />
    </section>
  );
}
