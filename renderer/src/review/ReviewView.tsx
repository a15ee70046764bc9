import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSay } from '../i18n/messages';
import { openIssue, navigate } from '../store/navigation';
import { useStore } from '../store/store';
import { ArticleList } from './ArticleList';
import { ruleLabel } from './doubt-label';
import { DoubtList } from './DoubtList';
import { doubtfulFields, doubtsOf } from './doubts';
import type { Doubt } from './doubts';
import { IssueMarks } from './IssueMarks';
import { locateArticles, sourceLines } from './locate';
import { readFields } from './masthead-fields';
import { MastheadFieldset } from './MastheadForm';
import { assignUnplacedLine, discardReview, discardUnplacedLine, saveReview, setField, titleProblems } from './review-actions';
import { useScanReading } from '../scan/use-scan';
import { ScanReviewPane } from './ScanReviewPane';
import { SourcePane } from './SourcePane';
import type { SourceFocus } from './SourcePane';
import type { MastheadField, ReviewDraft } from './types';
import { UnplacedText } from './UnplacedText';

/** The review before saving: the parse, correctable, beside the text it came from. */
export function ReviewView() {
  const review = useStore((state) => state.review);
  return review ? <ReviewScreen key={review.view.draftId} review={review} /> : <NothingToReview />;
}

function ReviewScreen({ review }: { review: ReviewDraft }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const queued = useStore((state) => state.imports.filter((job) => job.status === 'waiting' && job.review).length);
  const lines = useMemo(() => sourceLines(review.view.sourceText), [review.view.sourceText]);
  const starts = useMemo(() => locateArticles(lines, review.articles), [lines, review.articles]);
  const [focus, setFocus] = useState<{ index: number | null; lines: readonly number[]; doubt: string | null; nonce: number }>({
    index: null,
    lines: [],
    doubt: null,
    nonce: 0,
  });
  // starts is a new array on every keystroke in a title; the source moves only when the lines do.
  const startsKey = starts.join(',');
  const sourceFocus = useMemo<SourceFocus>(() => {
    const start = focus.index === null ? null : (starts[focus.index] ?? null);
    const end = focus.index === null ? null : (starts.slice(focus.index + 1).find((line) => line !== null) ?? null);
    return { start, end, lines: focus.lines, nonce: focus.nonce };
  }, [focus, startsKey]);
  const doubts = useMemo(() => doubtsOf(review.view.parsed), [review.view.parsed]);
  const fieldDoubts = useMemo(() => doubtfulFields(doubts), [doubts]);
  const fieldFlags = useMemo(
    () => new Map([...fieldDoubts].map(([field, doubt]) => [field, doubt.rule === null ? '' : t('review.doubts.rule', { rule: ruleLabel(t, doubt.rule) })])),
    [fieldDoubts, t],
  );
  const showDoubt = (doubt: Doubt): void => {
    // Evidence numbers articles as the parser did; after a merge or split the lines still hold.
    const index = doubt.article !== null && doubt.article < review.articles.length && doubt.lines.length === 0 ? doubt.article : null;
    setFocus((current) => ({ index, lines: doubt.lines, doubt: doubt.id, nonce: current.nonce + 1 }));
  };
  const showField = (field: MastheadField): void => {
    const doubt = fieldDoubts.get(field);
    if (doubt) showDoubt(doubt);
  };

  const read = readFields(review.fields);
  const fieldProblems = review.checked && !read.ok ? read.problems : {};
  const badTitles = review.checked ? titleProblems(review.articles) : new Set<number>();
  const problemCount = Object.keys(fieldProblems).length + badTitles.size;
  const { warnings } = review.view.parsed;
  const failure = review.failure;

  return (
    <div className="review">
      <header className="review-header">
        <div className="review-heading">
          <h1 id="review-title">{t('review.heading')}</h1>
          <p className="review-file">
            <span lang="zh-CN">{t('review.file', { name: review.view.file })}</span>
            {review.view.encoding && <span>{t('review.encoding', { encoding: review.view.encoding })}</span>}
            {queued > 0 && <span>{t('review.queue', { count: queued })}</span>}
          </p>
        </div>
        <div className="review-actions">
          <button type="button" className="button" disabled={review.saving} onClick={() => void discardReview()}>
            {t('review.discard')}
          </button>
          <button type="button" className="button button-primary" disabled={review.saving} onClick={() => void saveReview()}>
            {review.saving ? t('review.saving') : t('review.save')}
          </button>
        </div>
      </header>

      {failure && (
        <div className="review-failure" role="alert">
          <p className="review-failure-title">
            {t('review.failed')}：{t(`review.failure.${failure.code}`, { defaultValue: t(`import.reason.${failure.code}`, { defaultValue: '' }) })}
          </p>
          <p className="review-failure-detail">{failure.message}</p>
          <p className="review-failure-kept">{t('review.keptDraft')}</p>
          {failure.issueId && (
            <button type="button" className="button button-small" onClick={() => failure.issueId && openIssue(failure.issueId)}>
              {t('review.openExisting')}
            </button>
          )}
        </div>
      )}
      {problemCount > 0 && (
        <p className="review-problems" role="alert">
          {t('review.fix', { count: problemCount })}
        </p>
      )}

      {review.view.parsed.kind === 'document' && (
        <p className="review-document-note" role="note">
          <span aria-hidden="true">ℹ </span>
          {t('review.doubts.document')}
        </p>
      )}

      {warnings.length > 0 ? (
        <section className="review-warnings" aria-labelledby="review-warnings-title" tabIndex={0}>
          <h2 id="review-warnings-title">
            <span aria-hidden="true">⚠ </span>
            {t('review.warnings', { count: warnings.length })}
          </h2>
          <p>{t('review.warningsHint')}</p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{say(warning)}</li>
            ))}
          </ul>
        </section>
      ) : (
        // "No doubts" only when the To check list is empty too.
        doubts.length === 0 && <p className="review-clean">{t('review.noWarnings')}</p>
      )}

      <div className="review-panes">
        <div className="review-edit" tabIndex={-1}>
          <section className="review-masthead" aria-labelledby="review-masthead-title">
            <h2 id="review-masthead-title" className="review-section-title">
              {t('review.masthead')}
            </h2>
            <MastheadFieldset
              idPrefix="review"
              fields={review.fields}
              problems={fieldProblems}
              disabled={review.saving}
              doubts={fieldFlags}
              onChange={setField}
              onFieldFocus={showField}
            />
          </section>
          <DoubtList doubts={doubts} articles={review.view.parsed.articles} active={focus.doubt} onChoose={showDoubt} />
          <IssueMarks marks={review.view.parsed.marks} closing={review.view.parsed.closing} />
          <UnplacedText
            idPrefix="review"
            lines={review.unplaced}
            articleTitles={review.articles.map((article) => article.title)}
            disabled={review.saving}
            onAssign={assignUnplacedLine}
            onDiscard={discardUnplacedLine}
            onLocate={(line) => setFocus((current) => ({ index: null, lines: [line.line], doubt: null, nonce: current.nonce + 1 }))}
          />
          <ArticleList
            articles={review.articles}
            selected={focus.index}
            invalid={badTitles}
            canUndo={review.history.length > 0}
            notice={review.notice}
            disabled={review.saving}
            onSelect={(index) => setFocus((current) => ({ index, lines: [], doubt: null, nonce: current.nonce + 1 }))}
          />
        </div>
        {review.view.scan ? <ScanOrSource review={review} lines={lines} focus={sourceFocus} /> : <SourcePane lines={lines} focus={sourceFocus} />}
      </div>
    </div>
  );
}

/** A scanned file is reviewed beside its page images; its recognised text is one tab away (issue 16). */
function ScanOrSource({ review, lines, focus }: { review: ReviewDraft; lines: readonly string[]; focus: SourceFocus }) {
  const { t } = useTranslation();
  const [showScan, setShowScan] = useState(true);
  const reading = useScanReading({ draftId: review.view.draftId });
  const scan = review.view.scan;
  const summary = scan ? t('scan.summary', { pages: scan.pages, confidence: scan.confidence, doubtful: scan.doubtful }) : '';
  return (
    <div className="review-scan-or-source">
      <div className="scan-tabs" role="tablist" aria-label={t('scan.pane')}>
        <button type="button" role="tab" aria-selected={showScan} className="scan-tab" onClick={() => setShowScan(true)}>
          {t('scan.pane')}
        </button>
        <button type="button" role="tab" aria-selected={!showScan} className="scan-tab" onClick={() => setShowScan(false)}>
          {t('review.source')}
        </button>
      </div>
      {!showScan || reading.status !== 'ready' || reading.data === null ? (
        <>
          {showScan && reading.status === 'error' && (
            <p className="review-failure" role="alert">
              {reading.message}
            </p>
          )}
          <SourcePane lines={lines} focus={focus} />
        </>
      ) : (
        <ScanReviewPane draftId={review.view.draftId} reading={reading.data} summary={summary} />
      )}
    </div>
  );
}

function NothingToReview() {
  const { t } = useTranslation();
  return (
    <div className="page-scroll">
      <div className="notice">
        <h1 className="notice-title">{t('review.nothing')}</h1>
        <p>{t('review.nothingHint')}</p>
        <div className="notice-actions">
          <button type="button" className="button button-primary" onClick={() => navigate({ kind: 'import' })}>
            {t('review.backToImport')}
          </button>
        </div>
      </div>
    </div>
  );
}
