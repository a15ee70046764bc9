import { useState } from 'react';
import { useCan } from '../people/session';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/catalog';
import { RETENTION_CODES, RETENTION_PERIODS } from '../../../shared/catalogue-fields';
import type { RetentionCode } from '../../../shared/catalogue-fields';
import type { IssuePatch } from '../../../shared/contract';
import { saveRecord } from './record-actions';
import { FormActions, FormOutcome } from './FormParts';
import type { FormMessage } from './FormParts';

/** The fields of the record the form edits, as text while typing. */
const TEXT_FIELDS = ['reference', 'pages', 'room', 'cabinet', 'box', 'accessionNumber', 'security', 'securityTerm', 'printRun', 'printedBy', 'printedOn', 'permit', 'remarks'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Draft = Record<TextField, string> & { retention: RetentionCode | '' };

function draftOf(issue: Issue): Draft {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    reference: s(issue.reference),
    pages: s(issue.pages),
    room: s(issue.location.room),
    cabinet: s(issue.location.cabinet),
    box: s(issue.location.box),
    accessionNumber: s(issue.accessionNumber),
    security: s(issue.security),
    securityTerm: s(issue.securityTerm),
    printRun: s(issue.printRun),
    printedBy: s(issue.printedBy),
    printedOn: s(issue.printedOn),
    permit: s(issue.permit),
    remarks: s(issue.remarks),
    retention: issue.retention?.code ?? '',
  };
}

function patchOf(draft: Draft, issue: Issue): IssuePatch {
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  const whole = (v: string) => (v.trim() === '' ? null : Number(v.trim()));
  const code = draft.retention;
  return {
    reference: text(draft.reference),
    pages: whole(draft.pages),
    location: { room: text(draft.room), cabinet: text(draft.cabinet), box: text(draft.box) },
    accessionNumber: text(draft.accessionNumber),
    security: text(draft.security),
    securityTerm: text(draft.securityTerm),
    printRun: whole(draft.printRun),
    printedBy: text(draft.printedBy),
    printedOn: text(draft.printedOn),
    permit: text(draft.permit),
    remarks: text(draft.remarks),
    // Keep the archivist's own label when the code has not changed.
    retention: code === '' ? null : { code, label: issue.retention?.code === code ? issue.retention.label : RETENTION_PERIODS[code].zh },
  };
}

/** The issue's catalogue record (issue 14): shown as a card, edited in place. */
export function CatalogueCard({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [busy, setBusy] = useState(false);
  // Issue 18: a reader sees the record; only a cataloguer is offered to edit it.
  const mayEdit = useCan('issues.update');

  const save = async (): Promise<void> => {
    if (!draft) return;
    setBusy(true);
    const result = await saveRecord(issue.id, patchOf(draft, issue));
    setBusy(false);
    if (result.ok) {
      setDraft(null);
      setMessage({ phrase: { key: 'catalogue.saved' }, error: false });
    } else setMessage({ phrase: { key: 'catalogue.failed', values: { reason: { error: result.error } } }, error: true });
  };

  const location = [issue.location.room, issue.location.cabinet, issue.location.box].filter(Boolean).join(' / ');
  const shown: [string, string | null][] = [
    ['reference', issue.reference],
    ['pages', issue.pages === null ? null : String(issue.pages)],
    ['location', location || null],
    ['accessionNumber', issue.accessionNumber],
    ['retention', issue.retention && `${issue.retention.label}（${issue.retention.code}）`],
    ['security', [issue.security, issue.securityTerm].filter(Boolean).join('★') || null],
    ['distribution', issue.distribution.map((d) => `${d.role}：${d.recipients.join('、')}`).join('；') || null],
    ['printRun', issue.printRun === null ? null : String(issue.printRun)],
    ['printedBy', [issue.printedBy, issue.printedOn].filter(Boolean).join(' ') || null],
    ['permit', issue.permit],
    ['remarks', issue.remarks],
  ];

  return (
    <section className="catalogue-card" aria-labelledby="catalogue-card-title" data-testid="catalogue-card">
      <header className="catalogue-card-head">
        <h2 id="catalogue-card-title">{t('catalogue.record')}</h2>
        {!draft && mayEdit && (
          <button type="button" className="button button-small" onClick={() => setDraft(draftOf(issue))}>
            {t('catalogue.edit')}
          </button>
        )}
      </header>
      {!draft && (
        <dl className="catalogue-fields">
          {shown.map(([field, value]) => (
            <div key={field} className="catalogue-field">
              <dt>{t(`catalogue.fields.${field}`)}</dt>
              <dd className={value === null ? 'catalogue-blank' : undefined}>{value ?? t('catalogue.none')}</dd>
            </div>
          ))}
        </dl>
      )}
      {draft && (
        <form
          className="catalogue-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {TEXT_FIELDS.map((field) => (
            <label key={field} className="catalogue-input">
              <span>{t(`catalogue.fields.${field}`)}</span>
              <input
                value={draft[field]}
                name={field}
                inputMode={field === 'pages' || field === 'printRun' ? 'numeric' : undefined}
                placeholder={field === 'reference' ? t('catalogue.referenceAuto') : field === 'printedOn' ? 'YYYY-MM-DD' : undefined}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
            </label>
          ))}
          <label className="catalogue-input">
            <span>{t('catalogue.fields.retention')}</span>
            <select name="retention" value={draft.retention} onChange={(event) => setDraft({ ...draft, retention: event.target.value as RetentionCode | '' })}>
              <option value="">{t('catalogue.retention.none')}</option>
              {RETENTION_CODES.map((code) => (
                <option key={code} value={code}>
                  {t(`catalogue.retention.${code}`)}（{code}）
                </option>
              ))}
            </select>
          </label>
          <FormActions busy={busy} onCancel={() => setDraft(null)} />
        </form>
      )}
      <FormOutcome message={message} />
    </section>
  );
}
