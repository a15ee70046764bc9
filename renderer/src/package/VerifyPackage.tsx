import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import type { PackageVerifyReport } from '../../../shared/package';
import { ErrorMessage } from '../components/ErrorMessage';
import { call } from '../store/api';
import { JobEnd } from './ExportPackage';
import { sizeLabel } from './format';
import { JobProgress } from './JobProgress';
import { choosePackage } from './pick-package';
import { useJob } from './use-job';

/** 校验数据包…: every checksum recomputed; a damaged package's bad files listed in words. */
export function VerifyPackage() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [report, setReport] = useState<PackageVerifyReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useJob();
  const busy = job.state.phase === 'starting' || job.state.phase === 'running';
  const choose = async (): Promise<void> => {
    setError(null);
    setReport(null);
    const chosen = await choosePackage();
    if (!chosen.ok) return setError(chosen.error);
    if (!chosen.data) return;
    const source = chosen.data;
    setName(source.name);
    const view = await job.run(async () => {
      const staged = await source.stage();
      return staged.ok ? call('package.verify', { file: staged.data }) : staged;
    });
    if (view?.state === 'done' && view.result?.kind === 'package-verify') setReport(view.result.report);
  };
  return (
    <div className="package-form" aria-labelledby="package-verify-title">
      <h2 id="package-verify-title">{t('package.verify.heading')}</h2>
      <p className="muted">{t('package.verify.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void choose()} disabled={busy}>
          {report ? t('package.verify.another') : t('package.verify.choose')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      <JobProgress state={job.state} label={t('package.verify.checking', { name })} onCancel={job.cancel} />
      <JobEnd state={job.state} />
      {report &&
        (report.valid ? (
          <p className="notice notice-ok" role="status" data-testid="package-verify-valid">
            {t('package.verify.valid', { name, issues: report.issues, files: report.files, size: sizeLabel(report.payloadBytes) })}
          </p>
        ) : (
          <div className="notice notice-error" role="alert" data-testid="package-verify-problems">
            <p>{t('package.verify.invalid', { name })}</p>
            <ul className="bag-problems">
              {report.problems.map((problem, index) => (
                <li key={`${problem.path ?? ''}-${index}`}>
                  <code>{problem.path ?? t('package.problems.wholeBag')}</code>: {t(`package.problems.${problem.problem}`)}
                  {problem.detail ? ` (${problem.detail})` : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
