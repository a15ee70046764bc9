import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanReading } from '../../../shared/scan';
import { MarkedLine } from '../scan/MarkedLine';
import { ScanImage } from '../scan/ScanImage';
import { usePageImage } from '../scan/use-scan';
import { correctScanLine } from './review-actions';

/** Wide enough to read a character on a 1280 screen at 150%, small enough to draw fast. */
const IMAGE_WIDTH = 1000;

/**
 * The review beside the scan (issue 16): the page image and the lines OCR read on it, side by
 * side. The line being edited (or hovered) is boxed on the image; clicking a box goes to its line.
 * A correction goes into the article text it became (review-actions.ts), which is what is saved.
 */
export function ScanReviewPane({ draftId, reading, summary }: { draftId: string; reading: ScanReading; summary: string }) {
  const { t } = useTranslation();
  const [pageIndex, setPageIndex] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  // What each line reads now, by page and line: the person's corrections over OCR's reading.
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(new Map());
  const list = useRef<HTMLOListElement>(null);
  const page = reading.pages[pageIndex]!;
  const image = usePageImage({ draftId }, page.page, Math.min(page.width, IMAGE_WIDTH));

  const goToPage = (index: number): void => {
    setPageIndex(Math.max(0, Math.min(reading.pages.length - 1, index)));
    setFocused(null);
    setHovered(null);
  };
  const chooseLine = (line: number): void => setFocused(line);
  useEffect(() => {
    if (focused === null) return;
    list.current?.querySelector<HTMLElement>(`[data-line="${focused}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  const commit = (index: number, value: string): void => {
    const key = `${page.page}:${index}`;
    const before = edits.get(key) ?? page.lines[index]!.text;
    if (value === before) return;
    if (correctScanLine(before, value, index + 1)) setEdits((current) => new Map(current).set(key, value));
  };

  return (
    <div className="review-source review-scan" role="region" aria-labelledby="review-scan-title">
      <div className="review-pane-head scan-head">
        <h2 id="review-scan-title">{t('scan.pane')}</h2>
        <p className="muted">{summary}</p>
        <div className="scan-pager" role="group" aria-label={t('scan.pageOf', { page: page.page, pages: reading.pages.length })}>
          <button type="button" className="button button-small" disabled={pageIndex === 0} onClick={() => goToPage(pageIndex - 1)} aria-label={t('scan.previous')}>
            ‹
          </button>
          <select value={pageIndex} onChange={(event) => goToPage(Number(event.target.value))} aria-label={t('scan.pageOf', { page: page.page, pages: reading.pages.length })}>
            {reading.pages.map((p, index) => (
              <option key={p.page} value={index}>
                {t('scan.pageOf', { page: p.page, pages: reading.pages.length })}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={pageIndex === reading.pages.length - 1}
            onClick={() => goToPage(pageIndex + 1)}
            aria-label={t('scan.next')}
          >
            ›
          </button>
        </div>
      </div>
      {page.vertical && (
        <p className="scan-vertical" role="note">
          <span aria-hidden="true">⚠ </span>
          {t('scan.vertical')}
        </p>
      )}
      <div className="scan-body">
        <div className="scan-picture">
          <ScanImage page={page} image={image} current={hovered ?? focused} onChooseLine={chooseLine} />
        </div>
        <div className="scan-lines-pane">
          <p className="scan-lines-hint muted">{t('scan.paneHint')}</p>
          <ol ref={list} className="scan-lines" aria-label={t('scan.lines')}>
            {page.lines.map((line, index) => {
              const key = `${page.page}:${index}`;
              const now = edits.get(key);
              return (
                <li
                  key={key}
                  data-line={index}
                  className={index === (hovered ?? focused) ? 'scan-line scan-line-current' : 'scan-line'}
                  onMouseEnter={() => setHovered(index)}
                  onMouseLeave={() => setHovered(null)}
                >
                  <button type="button" className="scan-line-read" onClick={() => chooseLine(index)} aria-label={t('scan.correct', { line: index + 1 })}>
                    <span className="scan-line-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    {now === undefined ? <MarkedLine line={line} /> : <span className="scan-line-text scan-line-corrected" lang="zh-CN">{now}</span>}
                  </button>
                  {focused === index && (
                    <LineInput
                      key={now ?? line.text}
                      value={now ?? line.text}
                      label={t('scan.correct', { line: index + 1 })}
                      onCommit={(value) => commit(index, value)}
                      onNext={() => chooseLine(Math.min(index + 1, page.lines.length - 1))}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      </div>
    </div>
  );
}

/** The line's text to correct, opened on the current line: Enter saves it and goes to the next, leaving saves it too. */
function LineInput({ value, label, onCommit, onNext }: { value: string; label: string; onCommit: (value: string) => void; onNext: () => void }) {
  const [text, setText] = useState(value);
  const field = useRef<HTMLInputElement>(null);
  // Enter saves and moves on, and moving on blurs: the same correction is not made twice.
  const saved = useRef(value);
  const save = (): void => {
    if (text === saved.current) return;
    saved.current = text;
    onCommit(text);
  };
  useEffect(() => field.current?.focus(), []);
  return (
    <input
      ref={field}
      className="scan-line-input"
      lang="zh-CN"
      value={text}
      aria-label={label}
      onChange={(event) => setText(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          save();
          onNext();
        } else if (event.key === 'Escape') {
          setText(value);
        }
      }}
    />
  );
}
