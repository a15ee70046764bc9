import { useTranslation } from 'react-i18next';
import type { CellState, HoldingsCell, SeriesHoldings } from '../../../shared/holdings';
import { openIssue } from '../store/navigation';

/** What each state looks like besides its colour, so the grid reads in print and without colour. */
export const CELL_ICON: Readonly<Record<CellState, string>> = { held: '✓', missing: '✕', several: '⧉', review: '?' };

interface Props {
  holdings: SeriesHoldings;
  /** The missing cell whose note is open, as `year:number`. */
  selected: string | null;
  onMissing: (year: number, number: number) => void;
}

/** Years × issue numbers: each cell coloured and labelled held, missing, several files or needs review, with 总第. */
export function HoldingsGrid({ holdings, selected, onMissing }: Props) {
  const { t } = useTranslation();
  const width = Math.max(1, ...holdings.years.map((y) => y.cells.length));
  if (holdings.years.length === 0) return <p className="muted-block">{t('holdings.grid.empty')}</p>;
  return (
    <div className="holdings">
      <Legend />
      <div className="holdings-scroll" tabIndex={0} role="region" aria-label={t('holdings.grid.caption', { series: holdings.series })}>
        <table className="holdings-grid">
          <caption className="visually-hidden">{t('holdings.grid.caption', { series: holdings.series })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('holdings.grid.year')}</th>
              {Array.from({ length: width }, (_, i) => (
                <th scope="col" key={i} className="holdings-number">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {holdings.years.map((y) => (
              <tr key={y.year} id={`holdings-${y.year}`}>
                <th scope="row" className="holdings-year">
                  <span>{t('holdings.grid.yearLabel', { year: y.year })}</span>
                  <span className="muted">{y.expected === null ? t('holdings.grid.expectedUnknown') : t('holdings.grid.expected', { count: y.expected })}</span>
                  {y.supplements.length > 0 && (
                    <span className="holdings-supplements">
                      {t('holdings.grid.supplements')}:{' '}
                      {y.supplements.map((s) => (
                        <button key={s.issueId} type="button" className="link-button" onClick={() => openIssue(s.issueId)}>
                          {t('holdings.grid.supplement', { number: s.number ?? '' })}
                        </button>
                      ))}
                    </span>
                  )}
                </th>
                {y.unknownCount ? (
                  <td colSpan={width} className="holdings-whole-year">
                    {CELL_ICON.missing} {t('holdings.grid.wholeYear')}
                  </td>
                ) : (
                  Array.from({ length: width }, (_, i) => {
                    const cell = y.cells.find((c) => c.number === i + 1);
                    return (
                      <td key={i}>{cell && <Cell year={y.year} cell={cell} selected={selected === `${y.year}:${cell.number}`} onMissing={onMissing} />}</td>
                    );
                  })
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {holdings.unplaced.length > 0 && <p className="muted">{t('holdings.grid.unplaced', { count: holdings.unplaced.length })}</p>}
    </div>
  );
}

function Cell({ year, cell, selected, onMissing }: { year: number; cell: HoldingsCell; selected: boolean; onMissing: Props['onMissing'] }) {
  const { t } = useTranslation();
  const state = t(`holdings.grid.${cell.state}`);
  const label =
    t('holdings.grid.cellLabel', { year, number: cell.number, state }) +
    (cell.totalNumber === null ? '' : t('holdings.grid.cellTotal', { total: cell.totalNumber })) +
    (cell.joint ? `，${t('holdings.grid.joint', cell.joint)}` : '') +
    (cell.note ? t('holdings.grid.cellNote', { note: cell.note }) : '');
  const onClick = () => {
    const issueId = cell.issueIds[0];
    if (cell.state === 'missing') onMissing(year, cell.number);
    else if (issueId) openIssue(issueId);
  };
  return (
    <button
      type="button"
      className={`holdings-cell cell-${cell.state}${cell.joint ? ' cell-joint' : ''}${cell.note ? ' cell-noted' : ''}`}
      aria-label={label}
      aria-pressed={cell.state === 'missing' ? selected : undefined}
      title={label}
      onClick={onClick}
    >
      <span className="cell-top">
        <span className="cell-number">{cell.number}</span>
        <span className="cell-icon" aria-hidden="true">
          {cell.note && '✎'}
          {CELL_ICON[cell.state]}
        </span>
      </span>
      {cell.totalNumber !== null && (
        <span className="cell-total">{t(cell.totalInferred ? 'holdings.grid.totalInferred' : 'holdings.grid.total', { total: cell.totalNumber })}</span>
      )}
    </button>
  );
}

function Legend() {
  const { t } = useTranslation();
  const states: CellState[] = ['held', 'missing', 'several', 'review'];
  return (
    <ul className="holdings-legend" aria-label={t('holdings.grid.legend')}>
      {states.map((state) => (
        <li key={state}>
          <span className={`legend-swatch cell-${state}`} aria-hidden="true">
            {CELL_ICON[state]}
          </span>
          {t(`holdings.grid.${state}`)}
        </li>
      ))}
    </ul>
  );
}
