import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Issue } from '../../../shared/catalog';
import type { ScanReading } from '../../../shared/scan';
import { articlePages } from './article-pages';
import { ScanImage } from './ScanImage';
import { usePageImage, useScanReading } from './use-scan';

/**
 * "Show page scan" on an article of a scanned issue (issue 16): the page images it stands on,
 * drawn again from the original. Nothing is shown for an issue that was not scanned.
 */
export function ArticleScan({ issue, article }: { issue: Issue; article: Article }) {
  const { t } = useTranslation();
  const reading = useScanReading({ issueId: issue.id });
  const [open, setOpen] = useState(false);
  if (reading.status !== 'ready' || reading.data === null) return null;
  return (
    <section className="reader-scan" aria-label={t('scan.articlePages')}>
      <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((was) => !was)}>
        {open ? t('scan.hideScan') : t('scan.showScan')}
      </button>
      {open && <ArticlePages issue={issue} article={article} reading={reading.data} />}
    </section>
  );
}

function ArticlePages({ issue, article, reading }: { issue: Issue; article: Article; reading: ScanReading }) {
  const titles = useMemo(() => issue.articles.map((a) => a.title), [issue.articles]);
  const index = issue.articles.findIndex((a) => a.id === article.id);
  const pages = useMemo(() => articlePages(reading, titles, Math.max(0, index), article.page), [reading, titles, index, article.page]);
  return (
    <div className="reader-scan-pages">
      {pages.map((page) => (
        <OnePage key={page} issueId={issue.id} reading={reading} page={page} title={article.title} />
      ))}
    </div>
  );
}

function OnePage({ issueId, reading, page, title }: { issueId: string; reading: ScanReading; page: number; title: string }) {
  const { t } = useTranslation();
  const scanned = reading.pages.find((p) => p.page === page)!;
  const image = usePageImage({ issueId }, page, Math.min(scanned.width, 1200));
  // The article's title is boxed on its page, so the eye finds where it starts.
  const key = title.replace(/\s+/g, '').slice(0, 8);
  const titleLine = scanned.lines.findIndex((line) => key !== '' && line.text.replace(/\s+/g, '').includes(key));
  return (
    <figure className="reader-scan-page">
      <figcaption className="muted reader-scan-note">{t('scan.pageOf', { page, pages: reading.pages.length })}</figcaption>
      <ScanImage page={scanned} image={image} current={titleLine >= 0 ? titleLine : null} />
    </figure>
  );
}
