import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSay } from '../i18n/messages';
import { NoticeLine } from '../messages/NoticeLine';
import { pageNow, tell, useLatestNotice, useNotice } from '../messages/notices';
import type { Phrase } from '../messages/notices';
import { sayPhrase } from '../messages/say-phrase';
import type { Issue } from '../../../shared/catalog';
import { focusFirstInvalid } from './focus';
import { markChecked, openOriginal, updateMasthead } from './issue-review';
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
  // One line for the tools' outcomes (messages/notices.ts): the latest replaces the one before.
  const message = useLatestNotice(ISSUE_TOOLS);

  const check = async (): Promise<void> => {
    const page = pageNow();
    setBusy(true);
    const result = await markChecked(issue.id);
    setBusy(false);
    if (result.ok) tell(MASTHEAD_ACTION, 'done', { key: 'review.issue.checked' }, { page });
    else tell(MASTHEAD_ACTION, 'failed', { key: 'review.issue.saveFailed', values: { reason: { error: result.error } } }, { page });
  };
  const original = async (): Promise<void> => {
    const page = pageNow();
    setBusy(true);
    tell(ORIGINAL_ACTION, 'busy', { key: 'review.issue.opening' });
    const result = await openOriginal(issue);
    setBusy(false);
    const phrase: Phrase = !result.ok
      ? { key: 'review.issue.openFailed', values: { reason: result.message } }
      : { key: `review.issue.${result.how}`, values: { name: result.name } };
    tell(ORIGINAL_ACTION, result.ok ? 'done' : 'failed', phrase, { page });
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
        {/* A failure to save the masthead is said in the editor, beside the fields. */}
        <NoticeLine
          notice={message && !(editing && message.action === MASTHEAD_ACTION && message.tone === 'failed') ? message : null}
          className={`issue-catalogue-message${message?.tone === 'failed' ? ' issue-catalogue-error' : ''}`}
        />
      </div>
      {editing && <MastheadEditor issue={issue} onDone={() => setEditing(false)} />}
    </section>
  );
}

/** The issue tools' actions: saving the masthead (and marking it checked), opening the original. */
const ISSUE_TOOLS = 'issue.';
const MASTHEAD_ACTION = 'issue.masthead';
const ORIGINAL_ACTION = 'issue.original';

function MastheadEditor({ issue, onDone }: { issue: Issue; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [fields, setFields] = useState<MastheadFields>(() => fieldsFrom(issue));
  const [problems, setProblems] = useState<FieldProblems>({});
  const notice = useNotice(MASTHEAD_ACTION);
  const failure = notice?.tone === 'failed' ? notice : null;
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
        if (Object.keys(patch).length === 0) {
          tell(MASTHEAD_ACTION, 'done', { key: 'review.issue.unchanged' });
          return onDone();
        }
        setSaving(true);
        const page = pageNow();
        void updateMasthead(issue.id, patch).then((result) => {
          setSaving(false);
          if (!result.ok) return tell(MASTHEAD_ACTION, 'failed', { key: 'review.issue.saveFailed', values: { reason: { error: result.error } } }, { page });
          tell(MASTHEAD_ACTION, 'done', { key: 'review.issue.mastheadSaved' }, { page });
          onDone();
        });
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onDone();
      }}
    >
      <h3 id="masthead-editor-title">{t('review.issue.editHeading')}</h3>
      <MastheadFieldset idPrefix="masthead-edit" fields={fields} problems={problems} disabled={saving} onChange={(field, value) => setFields({ ...fields, [field]: value })} />
      {failure && (
        <p className="field-problem" role="alert">
          {sayPhrase(failure.phrase, t, i18n.language === 'en' ? 'en' : 'zh')}
        </p>
      )}
      <div className="split-actions">
        <button type="submit" className="button button-primary button-small" disabled={saving}>
          {t('review.issue.saveMasthead')}
        </button>
        <button type="button" className="button button-small" onClick={() => onDone()}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
