import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanLine } from '../../../shared/scan';

/**
 * A recognised line with its doubtful characters marked: underlined (a sign, not colour alone)
 * and named with their confidence in a tooltip and to screen readers.
 */
export function MarkedLine({ line }: { line: ScanLine }) {
  const { t } = useTranslation();
  const doubts = new Map(line.doubtful.map((d) => [d.at, d.confidence]));
  const chars = Array.from(line.text);
  const parts: ReactNode[] = [];
  let run = '';
  let offset = 0;
  chars.forEach((char, index) => {
    const confidence = doubts.get(offset);
    offset += char.length;
    if (confidence === undefined) {
      run += char;
      return;
    }
    if (run !== '') parts.push(<span key={`r${index}`}>{run}</span>);
    run = '';
    const said = t('scan.doubt', { char, confidence: Math.round(confidence) });
    parts.push(
      <mark key={`d${index}`} className="scan-doubt" title={said} data-confidence={Math.round(confidence)}>
        {char}
        <span className="visually-hidden"> ({said})</span>
      </mark>,
    );
  });
  if (run !== '') parts.push(<span key="end">{run}</span>);
  return (
    <span className="scan-line-text" lang="zh-CN">
      {parts.length === 0 ? '\u00a0' : parts}
    </span>
  );
}
