import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sayErrorNow, useSay } from '../i18n/messages';
import type { Issue } from '../../../shared/catalog';
import { focusFirstInvalid } from './focus';
import { markChecked, openOriginal, originalMessage, updateMasthead } from './issue-review';
import { fieldsFrom, mastheadPatch, readFields } from './masthead-fields';
import type { FieldProblems } from './masthead-fields';
import { MastheadFieldset } from './MastheadForm';
import type { MastheadFields } from './types';

/**
 * The issue screen's cataloguing tools, above the issue: the "needs review" banner with the
 * parser's warnings, "edit masthead", "mark as checked" and "open the original".
 */
export function IssueCatalogue({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const check = async (): Promise<void> => {
    setBusy(true);
    const result = await markChecked(issue.id);
    setBusy(false);
    setMessage(result.ok ? { text: t('review.issue.checked'), error: false } : { text: t('review.issue.saveFailed', { reason: sayErrorNow(result.error) }), error: true });
  };
  const original = async (): Promise<void> => {
    setBusy(true);
    setMessage({ text: t('review.issue.opening'), error: false });
    const result = await openOriginal(issue);
    setBusy(false);
    setMessage({ text: originalMessage(result), error: !result.ok });
  };

  return (
    <section className="issue-catalogue" aria-label={t('review.masthead')}>
      {issue.needsReview && (
        <div className="review-banner" role="region" aria-labelledby="review-banner-title">
          <h2 id="review-banner-title">
            <span aria-hidden="true">⚠ </span>
            {t('review.issue.banner')}
          </h2>
          <p>{t('review.issue.bannerHint')}</p>
          {issue.warnings.length > 0 && (
            <ul className="review-banner-warnings">
              {issue.warnings.map((warning, index) => (
                <li key={index}>{say(warning)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="issue-catalogue-actions">
        <button type="button" className="button button-small" disabled={busy} onClick={() => void original()} aria-label={t('review.issue.openOriginalLabel', { name: issue.original.name })}>
          {t('review.issue.openOriginal')}
        </button>
        <button type="button" className="button button-small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('review.issue.editMasthead')}
        </button>
        {issue.needsReview && (
          <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => void check()}>
            {t('review.issue.markChecked')}
          </button>
        )}
        <p className={`issue-catalogue-message${message?.error ? ' issue-catalogue-error' : ''}`} role="status">
          {message?.text}
        </p>
      </div>
      {editing && (
        <MastheadEditor
          issue={issue}
          onDone={(text) => {
            setEditing(false);
            if (text) setMessage({ text, error: false });
          }}
        />
      )}
    </section>
  );
}

function MastheadEditor({ issue, onDone }: { issue: Issue; onDone: (message: string | null) => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<MastheadFields>(() => fieldsFrom(issue));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  return (
    <form
      className="masthead-editor"
      aria-labelledby="masthead-editor-title"
      onSubmit={(event) => {
        event.preventDefault();
        const read = readFields(fields);
        if (!read.ok) {
          setProblems(read.problems);
          focusFirstInvalid('.masthead-editor');
          return;
        }
        setProblems({});
        const patch = mastheadPatch(issue, read.values);
        if (Object.keys(patch).length === 0) return onDone(t('review.issue.unchanged'));
        setSaving(true);
        void updateMasthead(issue.id, patch).then((result) => {
          setSaving(false);
          if (result.ok) onDone(t('review.issue.mastheadSaved'));
          else setFailure(sayErrorNow(result.error));
        });
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onDone(null);
      }}
    >
      <h3 id="masthead-editor-title">{t('review.issue.editHeading')}</h3>
      <MastheadFieldset idPrefix="masthead-edit" fields={fields} problems={problems} disabled={saving} onChange={(field, value) => setFields({ ...fields, [field]: value })} />
      {failure && (
        <p className="field-problem" role="alert">
          {t('review.issue.saveFailed', { reason: failure })}
        </p>
      )}
      <div className="split-actions">
        <button type="submit" className="button button-primary button-small" disabled={saving}>
          {t('review.issue.saveMasthead')}
        </button>
        <button type="button" className="button button-small" onClick={() => onDone(null)}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
