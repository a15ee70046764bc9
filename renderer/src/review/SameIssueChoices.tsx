import { useTranslation } from 'react-i18next';
import type { SameIssueChoice } from '../../../shared/contract';
import { chooseSameIssue } from '../store/imports';

const CHOICES: readonly SameIssueChoice[] = ['attach', 'replace-text', 'variant'];

/**
 * Another file of an issue held (same series, year and number, other bytes): nothing was changed,
 * so the person says what it is — another representation, the better source of the text, or a
 * variant kept apart (the row's Open button shows the issue held).
 */
export function SameIssueChoices({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  return (
    <div className="same-issue-choices" role="group" aria-label={t('recycle.choices.legend')} data-testid="same-issue-choices">
      <div className="button-row">
        {CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className={choice === 'attach' ? 'button button-small button-primary' : 'button button-small'}
            onClick={() => void chooseSameIssue(jobId, choice)}
          >
            {t(`recycle.choices.${choice}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
