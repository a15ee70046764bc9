import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageSelection } from '../../../shared/package';
import { ErrorMessage } from '../components/ErrorMessage';
import type { Phrase } from '../messages/notices';
import { sayPhrase } from '../messages/say-phrase';
import { call, saveExport } from '../store/api';
import { useStore } from '../store/store';
import { sizeLabel } from './format';
import { JobProgress } from './JobProgress';
import { useJob } from './use-job';

type Scope = 'whole' | 'series' | 'years' | 'selected';

/** 导出数据包…: what to pack, as what, with whose name; then progress, and the file delivered like any export. */
export function ExportPackage({ issueIds }: { issueIds: readonly string[] | undefined }) {
  const { t, i18n } = useTranslation();
  const issues = useStore((state) => state.issues);
  const held = issues.status === 'ready' ? issues.data : [];
  const seriesNames = useMemo(() => [...new Set(held.map((issue) => issue.series))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [held]);
  const years = held.map((issue) => issue.year).filter((year): year is number => year !== null);
  const [scope, setScope] = useState<Scope>(issueIds && issueIds.length > 0 ? 'selected' : 'whole');
  const [series, setSeries] = useState('');
  const [from, setFrom] = useState(years.length > 0 ? Math.min(...years) : new Date().getFullYear());
  const [to, setTo] = useState(years.length > 0 ? Math.max(...years) : new Date().getFullYear());
  const [container, setContainer] = useState<'zip' | 'tar'>('zip');
  const [organisation, setOrganisation] = useState('');
  const [description, setDescription] = useState('');
  // Kept as a phrase, said in the reader's language when shown (a language switch says it again).
  const [outcome, setOutcome] = useState<Phrase | null>(null);
  const job = useJob();
  const chosenSeries = series || seriesNames[0] || '';
  const selection: PackageSelection =
    scope === 'series' ? { series: [chosenSeries] } : scope === 'years' ? { years: { from: Math.min(from, to), to: Math.max(from, to) } } : scope === 'selected' && issueIds ? { issueIds: [...issueIds] } : {};
  const count = held.filter((issue) =>
    scope === 'series' ? issue.series === chosenSeries : scope === 'years' ? issue.year !== null && issue.year >= Math.min(from, to) && issue.year <= Math.max(from, to) : scope === 'selected' ? (issueIds ?? []).includes(issue.id) : true,
  ).length;
  const busy = job.state.phase === 'starting' || job.state.phase === 'running';

  const start = async (): Promise<void> => {
    setOutcome(null);
    const view = await job.run(() =>
      call('package.export', { selection, container, ...(organisation.trim() && { sourceOrganization: organisation }), ...(description.trim() && { description }) }),
    );
    if (view?.state !== 'done' || view.result?.kind !== 'package-export') return;
    const { report, token, fileName } = view.result;
    const saved = await saveExport(token);
    if (!saved.ok) return setOutcome({ error: saved.error });
    setOutcome(
      saved.data.kind === 'cancelled'
        ? { key: 'package.export.cancelledDelivery' }
        : { key: 'package.export.done', values: { issues: report.issues, files: report.files, size: sizeLabel(report.payloadBytes), name: saved.data.kind === 'saved' ? saved.data.path : fileName } },
    );
  };

  return (
    <form
      className="package-form"
      aria-labelledby="package-export-title"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <h2 id="package-export-title">{t('package.export.heading')}</h2>
      <fieldset className="package-fieldset" disabled={busy}>
        <legend>{t('package.export.what')}</legend>
        <label className="package-choice">
          <input type="radio" name="scope" checked={scope === 'whole'} onChange={() => setScope('whole')} />
          {t('package.export.whole', { count: held.length })}
        </label>
        <label className="package-choice">
          <input type="radio" name="scope" checked={scope === 'series'} onChange={() => setScope('series')} disabled={seriesNames.length === 0} />
          {t('package.export.series')}
          <select aria-label={t('package.export.series')} value={chosenSeries} onChange={(event) => (setSeries(event.target.value), setScope('series'))} disabled={seriesNames.length === 0}>
            {seriesNames.map((name) => (
              <option key={name} value={name} lang="zh-CN">
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="package-choice">
          <input type="radio" name="scope" checked={scope === 'years'} onChange={() => setScope('years')} />
          {t('package.export.years')}
          <span className="package-years">
            {t('package.export.from')}
            <input type="number" min={1900} max={2200} value={from} aria-label={t('package.export.from')} onChange={(event) => (setFrom(Number(event.target.value)), setScope('years'))} />
            {t('package.export.to')}
            <input type="number" min={1900} max={2200} value={to} aria-label={t('package.export.to')} onChange={(event) => (setTo(Number(event.target.value)), setScope('years'))} />
          </span>
        </label>
        {issueIds && issueIds.length > 0 && (
          <label className="package-choice">
            <input type="radio" name="scope" checked={scope === 'selected'} onChange={() => setScope('selected')} />
            {t('package.export.selected', { count: issueIds.length })}
          </label>
        )}
      </fieldset>
      <fieldset className="package-fieldset" disabled={busy}>
        <legend>{t('package.export.container')}</legend>
        <label className="package-choice">
          <input type="radio" name="container" checked={container === 'zip'} onChange={() => setContainer('zip')} />
          {t('package.export.zip')}
        </label>
        <label className="package-choice">
          <input type="radio" name="container" checked={container === 'tar'} onChange={() => setContainer('tar')} />
          {t('package.export.tar')}
        </label>
      </fieldset>
      <div className="package-fields">
        <label className="field">
          <span>{t('package.export.organisation')}</span>
          <input type="text" maxLength={200} value={organisation} onChange={(event) => setOrganisation(event.target.value)} disabled={busy} />
        </label>
        <label className="field">
          <span>{t('package.export.description')}</span>
          <textarea rows={2} maxLength={2000} value={description} placeholder={t('package.export.descriptionPlaceholder')} onChange={(event) => setDescription(event.target.value)} disabled={busy} />
        </label>
      </div>
      {count === 0 && <p className="muted-block">{t('package.export.none')}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || count === 0}>
          {t('package.export.start')}
        </button>
      </div>
      <JobProgress state={job.state} label={t('package.export.heading')} onCancel={job.cancel} />
      <JobEnd state={job.state} />
      {outcome && (
        <p className="notice" role="status" data-testid="package-export-done">
          {sayPhrase(outcome, t, i18n.language === 'en' ? 'en' : 'zh')}
        </p>
      )}
    </form>
  );
}

/** A job that failed or was cancelled, said in words. */
export function JobEnd({ state }: { state: ReturnType<typeof useJob>['state'] }) {
  const { t } = useTranslation();
  if (state.phase === 'refused') return <ErrorMessage error={state.error} />;
  if (state.phase !== 'ended') return null;
  if (state.view.state === 'cancelled') return <p className="notice">{t('package.job.cancelled')}</p>;
  if (state.view.state === 'failed' && state.view.error) return <ErrorMessage error={state.view.error} />;
  return null;
}
