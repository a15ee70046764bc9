import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelImports, isFinished } from '../store/imports';
import type { ImportJob } from '../store/state';
import type { ImportRun } from './types';

/** A run of imports under way: how many, which file, how long so far and about how long to go. */
export function ImportProgress({ jobs: listed, run }: { jobs: readonly ImportJob[]; run: ImportRun }) {
  const { t } = useTranslation();
  const jobs = listed.filter((job) => job.id >= run.firstJobId);
  const now = useNow();
  const done = jobs.filter(isFinished).length;
  const total = jobs.length;
  const current = jobs.find((job) => job.id === run.currentJobId);
  const reviewing = current?.status === 'reviewing';
  const elapsed = Math.max(0, now - run.startedAt);
  // Time spent on the review screen is the cataloguer's, not the importer's: it is left out.
  const working = Math.max(0, elapsed - run.reviewMs);
  const measured = jobs.filter((job) => isFinished(job) && job.status !== 'skipped').length;
  const left = jobs.filter((job) => !isFinished(job)).length;
  const remaining = measured > 0 && !reviewing ? (working / measured) * left : null;

  return (
    <div className="import-progress run-progress">
      <progress max={total} value={done} aria-label={t('review.progress.count', { done, total })} />
      {/* Only the count and the file are announced; the clock ticks silently. */}
      <span role="status" className="run-status">
        <span className="run-count">{t('review.progress.count', { done, total })}</span>
        {current && (
          <span className="run-current" lang="zh-CN">
            {reviewing ? t('review.progress.reviewing', { name: current.name }) : t('review.progress.current', { name: current.name })}
          </span>
        )}
      </span>
      <span className="run-time">{t('review.progress.elapsed', { time: duration(elapsed) })}</span>
      {remaining !== null && <span className="run-time">{t('review.progress.remaining', { time: duration(remaining) })}</span>}
      <button type="button" className="button button-small" disabled={run.cancelRequested} onClick={cancelImports}>
        {run.cancelRequested ? t('review.progress.cancelling') : t('review.progress.cancel')}
      </button>
    </div>
  );
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** 0:07, 2:45, 1:02:03. */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
