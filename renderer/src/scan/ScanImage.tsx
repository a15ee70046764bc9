import '../styles/scan.css';
import { useTranslation } from 'react-i18next';
import type { ScanPage } from '../../../shared/scan';
import type { Loaded } from './use-scan';

/**
 * A page image with the line boxes OCR found laid over it, in the page's own pixels (an SVG with
 * the page's viewBox scales with the picture). The current line's box is drawn; every box is a
 * target that moves the text to its line.
 */
export function ScanImage({
  page,
  image,
  current,
  onChooseLine,
}: {
  page: ScanPage;
  image: Loaded<string>;
  current: number | null;
  onChooseLine?: (line: number) => void;
}) {
  const { t } = useTranslation();
  const alt = t('scan.imageAlt', { page: page.page });
  return (
    <div className="scan-image" style={{ aspectRatio: `${page.width} / ${page.height}` }}>
      {image.status === 'ready' && <img src={image.data} alt={alt} draggable={false} />}
      {image.status === 'loading' && <p className="scan-image-wait muted">{t('scan.loading')}</p>}
      {image.status === 'error' && (
        <p className="scan-image-wait" role="alert">
          {image.message}
        </p>
      )}
      <svg className="scan-boxes" viewBox={`0 0 ${page.width} ${page.height}`} preserveAspectRatio="none" aria-hidden={onChooseLine ? undefined : true}>
        {page.lines.map((line, index) => {
          const [left, top, right, bottom] = line.box;
          const isCurrent = index === current;
          return (
            <rect
              key={index}
              data-line={index}
              className={isCurrent ? 'scan-box scan-box-current' : 'scan-box'}
              x={left - 4}
              y={top - 4}
              width={right - left + 8}
              height={bottom - top + 8}
              onClick={onChooseLine ? () => onChooseLine(index) : undefined}
            >
              <title>{t('scan.lineLabel', { line: index + 1 })}</title>
            </rect>
          );
        })}
      </svg>
    </div>
  );
}
