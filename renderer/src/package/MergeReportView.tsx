import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueMergeRow, MergeReport } from '../../../shared/package';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';
import { useSay } from '../i18n/messages';
import { call, saveExport } from '../store/api';

/** Rows shown on screen; the report files hold every one. */
const SHOWN_ROWS = 300;

/** The merge report: the totals, then issue by issue with each conflict's two values and the one kept. */
export function MergeReportView({ report, heading, jobId }: { report: MergeReport; heading: string; jobId: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  // The archive keeps the finished job's report and writes the file; it reaches the person like any export.
  const save = async (format: 'csv' | 'json'): Promise<void> => {
    const prepared = await call('package.report', { jobId, format });
    if (!prepared.ok) return setSaved(prepared.error.message);
    const delivered = await saveExport(prepared.data.token);
    if (!delivered.ok) return setSaved(delivered.error.message);
    setSaved(delivered.data.kind === 'cancelled' ? null : delivered.data.kind === 'saved' ? delivered.data.path : delivered.data.fileName);
  };
  const totals: [string, number][] = [
    ['added', report.totals.added],
    ['merged', report.totals.merged],
    ['unchanged', report.totals.unchanged],
    ['failed', report.totals.failed],
    ['filesAttached', report.totals.filesAttached],
    ['conflicts', report.totals.conflicts],
    ['annotationsAdded', report.totals.annotationsAdded],
    ['annotationsConflicted', report.totals.annotationsConflicted],
  ];
  const shown = report.issues.slice(0, SHOWN_ROWS);
  return (
    <section className="merge-report" aria-label={heading} data-testid={report.dryRun ? 'merge-report-dry-run' : 'merge-report-final'}>
      <h3>{heading}</h3>
      <p className="muted">
        {t('package.import.source', { organization: report.source.organization ?? t('package.import.unknown'), date: formatDate(report.source.baggingDate ?? report.source.createdAt ?? '', currentLanguage()) || t('package.import.unknown') })}
      </p>
      {report.resumed && <p className="notice">{t('package.import.resumed')}</p>}
      <dl className="merge-totals">
        {totals.map(([key, value]) => (
          <div key={key} className={`merge-total merge-total-${key}${value > 0 && (key === 'failed' || key.includes('onflict')) ? ' merge-total-alert' : ''}`} data-total={key}>
            <dt>{t(`package.report.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => void save('csv')}>
          {t('package.import.exportCsv')}
        </button>
        <button type="button" className="button button-small" onClick={() => void save('json')}>
          {t('package.import.exportJson')}
        </button>
        {saved && <span className="muted">{saved}</span>}
      </div>
      <h4>{t('package.report.issues')}</h4>
      <ul className="merge-rows">
        {shown.map((row) => (
          <MergeRow key={`${row.packageIssueId}`} row={row} />
        ))}
      </ul>
      {report.issues.length > SHOWN_ROWS && <p className="muted">{t('package.report.more', { count: report.issues.length - SHOWN_ROWS })}</p>}
    </section>
  );
}

function MergeRow({ row }: { row: IssueMergeRow }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const details = [
    row.matchedBy ? `${t('package.report.matchedBy')}: ${t(row.matchedBy === 'checksum' ? 'package.report.byChecksum' : 'package.report.byNumber')}` : null,
    row.filesAttached > 0 ? t('package.report.files', { count: row.filesAttached }) : null,
    row.fieldsTaken.length > 0 ? t('package.report.taken', { fields: row.fieldsTaken.join('、') }) : null,
    row.tagsAdded > 0 ? t('package.report.tags', { count: row.tagsAdded }) : null,
    row.annotations.added + row.annotations.updated + row.annotations.conflicted > 0 ? t('package.report.annotations', { ...row.annotations }) : null,
  ].filter((text): text is string => text !== null);
  return (
    <li className={`merge-row merge-row-${row.action}`} data-action={row.action}>
      <p className="merge-row-head">
        <span className="merge-row-ref" lang="zh-CN">
          {row.ref}
        </span>
        <span className={`merge-badge merge-badge-${row.action}`}>{t(`package.report.${row.action}`)}</span>
      </p>
      {details.length > 0 && <p className="merge-row-details">{details.join(' · ')}</p>}
      {row.error && <p className="merge-row-error">{say(row.error)}</p>}
      {row.conflicts.length > 0 && (
        <table className="merge-conflicts">
          <thead>
            <tr>
              <th scope="col">{t('package.report.field')}</th>
              <th scope="col">{t('package.report.ours')}</th>
              <th scope="col">{t('package.report.theirs')}</th>
              <th scope="col">{t('package.report.kept')}</th>
              <th scope="col">{t('package.report.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {row.conflicts.map((conflict) => (
              <tr key={conflict.field}>
                <th scope="row">{conflict.field}</th>
                <td className={conflict.kept === 'ours' ? 'merge-kept' : undefined} lang="zh-CN">
                  {conflict.ours}
                  {conflict.oursAt && <span className="merge-at">{formatDate(conflict.oursAt, currentLanguage())}</span>}
                </td>
                <td className={conflict.kept === 'theirs' ? 'merge-kept' : undefined} lang="zh-CN">
                  {conflict.theirs}
                  {conflict.theirsAt && <span className="merge-at">{formatDate(conflict.theirsAt, currentLanguage())}</span>}
                </td>
                <td>{t(conflict.kept === 'ours' ? 'package.report.keptOurs' : 'package.report.keptTheirs')}</td>
                <td>{t(conflict.rule === 'newer-edit' ? 'package.report.ruleNewer' : 'package.report.ruleNoHistory')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
