import type { Locale } from '../../../shared/format';
import type { HoldingsCell, SeriesHoldings } from '../../../shared/holdings';
import { numberRanges } from '../../../shared/holdings';
import { allHoldings, holdingsOf, seriesRecordOf } from '../../core/series';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { cliIo } from '../io';

/**
 * `bulletin-archive holdings [SERIES]`: the grid of a series' run, year by year, and its
 * missing issues; `--json` gives, per series and year, the held and missing numbers.
 */
const TEXT = {
  zh: {
    legend: '图例：数字 = 已收藏，— = 缺期，+ = 多个文件或多期同号，? = 待核对',
    summary: (h: SeriesHoldings) => `收藏 ${h.heldCount} 期，缺 ${h.missingCount} 期`,
    missing: '缺期',
    wholeYear: '全年未收藏（期数不详）',
    supplements: (n: number) => `增刊 ${n} 期`,
    unplaced: (n: number) => `另有 ${n} 期缺年份或期号，未排入`,
    none: '书库里还没有刊物。',
    noGaps: '没有发现缺期。',
  },
  en: {
    legend: 'Legend: number = held, — = missing, + = several files or issues, ? = needs review',
    summary: (h: SeriesHoldings) => `${h.heldCount} held, ${h.missingCount} missing`,
    missing: 'missing',
    wholeYear: 'nothing held this year (number of issues unknown)',
    supplements: (n: number) => `${n} supplement(s)`,
    unplaced: (n: number) => `${n} issue(s) without a year or number, not placed`,
    none: 'The library has no series yet.',
    noGaps: 'No missing issues found.',
  },
} as const;

export async function holdingsCommand(series: string | undefined, options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'read', locale);
  const catalog = library.catalog();
  const holdings = series === undefined ? allHoldings(catalog) : [holdingsOf(catalog, series)];
  const out = cliIo().stdout;
  if (options.json) {
    const json = holdings.map((h) => ({
      series: h.series,
      record: seriesRecordOf(catalog, h.series),
      years: h.years.map((y) => ({
        year: y.year,
        expected: y.expected,
        held: y.held,
        missing: y.missing,
        unknownCount: y.unknownCount,
        supplements: y.supplements.map((s) => s.issueId),
        notes: y.cells.filter((c) => c.note !== null).map((c) => ({ number: c.number, note: c.note })),
      })),
      unplaced: h.unplaced,
      heldCount: h.heldCount,
      missingCount: h.missingCount,
    }));
    out.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const text = TEXT[locale];
  if (holdings.length === 0) {
    out.write(`${text.none}\n`);
    return 0;
  }
  const lines: string[] = [text.legend];
  for (const h of holdings) {
    lines.push('', `${h.series}  (${text.summary(h)})`);
    for (const y of h.years) {
      const grid = y.unknownCount ? text.wholeYear : y.cells.map(cellText).join(' ');
      const extra = y.supplements.length > 0 ? `  [${text.supplements(y.supplements.length)}]` : '';
      lines.push(`  ${y.year}  ${grid}${extra}`);
    }
    const gaps = h.years.filter((y) => y.missing.length > 0);
    if (gaps.length === 0 && !h.years.some((y) => y.unknownCount)) lines.push(`  ${text.noGaps}`);
    for (const y of gaps) {
      const notes = y.cells.filter((c) => c.state === 'missing' && c.note !== null).map((c) => `${c.number}: ${c.note}`);
      lines.push(`  ${text.missing} ${y.year}: ${numberRanges(y.missing)}${notes.length > 0 ? `  (${notes.join('; ')})` : ''}`);
    }
    if (h.unplaced.length > 0) lines.push(`  ${text.unplaced(h.unplaced.length)}`);
  }
  out.write(`${lines.join('\n')}\n`);
  return 0;
}

function cellText(cell: HoldingsCell): string {
  const mark = { held: '', missing: '', several: '+', review: '?' }[cell.state];
  const body = cell.state === 'missing' ? '—' : String(cell.number);
  return `${body}${mark}`.padStart(3);
}
