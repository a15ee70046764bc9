import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import type { MergeReport } from '../../../shared/package';
import { ErrorMessage } from '../components/ErrorMessage';
import { call } from '../store/api';
import { refreshIssues } from '../store/library';
import { JobEnd } from './ExportPackage';
import { JobProgress } from './JobProgress';
import { MergeReportView } from './MergeReportView';
import { choosePackage } from './pick-package';
import type { PackageSource } from './pick-package';
import { useJob } from './use-job';

/**
 * 导入数据包…: choose a package; the archive verifies it and merges it as a dry run (nothing
 * written), the report shows what would change; "合并" runs it for real and shows the final report.
 */
export function ImportPackage() {
  const { t } = useTranslation();
  const [source, setSource] = useState<PackageSource | null>(null);
  const [dryRun, setDryRun] = useState<{ report: MergeReport; jobId: string } | null>(null);
  const [final, setFinal] = useState<{ report: MergeReport; jobId: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useJob();
  const busy = job.state.phase === 'starting' || job.state.phase === 'running';

  const runMerge = async (chosen: PackageSource, dry: boolean): Promise<void> => {
    const view = await job.run(async () => {
      const staged = await chosen.stage();
      if (!staged.ok) return staged;
      return call('package.import', { file: staged.data, dryRun: dry });
    });
    if (view?.state !== 'done' || view.result?.kind !== 'package-import') return;
    const done = { report: view.result.report, jobId: view.jobId };
    if (dry) setDryRun(done);
    else {
      setFinal(done);
      await refreshIssues();
    }
  };
  const choose = async (): Promise<void> => {
    setError(null);
    const chosen = await choosePackage();
    if (!chosen.ok) return setError(chosen.error);
    if (!chosen.data) return;
    setSource(chosen.data);
    setDryRun(null);
    setFinal(null);
    await runMerge(chosen.data, true);
  };

  return (
    <div className="package-form" aria-labelledby="package-import-title">
      <h2 id="package-import-title">{t('package.import.heading')}</h2>
      <p className="muted">{t('package.import.intro')}</p>
      {(!source || final) && (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => void choose()} disabled={busy} data-testid="package-import-choose">
            {source ? t('package.import.another') : t('package.import.choose')}
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      <JobProgress state={job.state} label={dryRun ? t('package.import.merging') : t('package.import.checking', { name: source?.name ?? '' })} onCancel={job.cancel} />
      <JobEnd state={job.state} />
      {final ? (
        <MergeReportView report={final.report} jobId={final.jobId} heading={t('package.import.finalHeading', { name: source?.name ?? '' })} />
      ) : (
        dryRun &&
        source && (
          <>
            <MergeReportView report={dryRun.report} jobId={dryRun.jobId} heading={t('package.import.dryRunHeading', { name: source.name })} />
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => void runMerge(source, false)} disabled={busy}>
                {t('package.import.merge')}
              </button>
              <button type="button" className="button" onClick={() => void choose()} disabled={busy}>
                {t('package.import.another')}
              </button>
            </div>
          </>
        )
      )}
    </div>
  );
}
