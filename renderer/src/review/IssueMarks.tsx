import { useTranslation } from 'react-i18next';
import type { ParsedClosing, ParsedMarks } from '../../../shared/bulletin';

/**
 * The masthead's marks (内部资料, 密级, 准印证号) and the closing block (报/送/发, 印发, 印数) as
 * read, shown but not edited here: they become catalogue fields after import. Nothing is shown
 * when the issue prints none.
 */
export function IssueMarks({ marks, closing }: { marks: ParsedMarks; closing: ParsedClosing }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [];
  if (marks.notices.length > 0) rows.push([t('review.doubts.marks.notices'), marks.notices.join('、')]);
  if (marks.security) rows.push([t('review.doubts.marks.security'), marks.security]);
  if (marks.permit) rows.push([t('review.doubts.marks.permit'), marks.permit]);
  for (const list of closing.distribution) rows.push([t('review.doubts.marks.distribution', { role: list.role }), list.recipients.join('、')]);
  if (closing.printedBy) rows.push([t('review.doubts.marks.printedBy'), closing.printedBy]);
  if (closing.printedOn) rows.push([t('review.doubts.marks.printedOn'), closing.printedOn]);
  if (closing.printRun !== null) rows.push([t('review.doubts.marks.printRun'), t('review.doubts.marks.printRunValue', { count: closing.printRun })]);
  if (rows.length === 0) return null;
  return (
    <section className="review-marks" aria-labelledby="review-marks-title">
      <h2 id="review-marks-title" className="review-section-title">
        {t('review.doubts.marks.heading')}
      </h2>
      <p className="muted">{t('review.doubts.marks.hint')}</p>
      <dl className="review-marks-list">
        {rows.map(([label, value], index) => (
          <div key={index}>
            <dt>{label}</dt>
            <dd lang="zh-CN">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
