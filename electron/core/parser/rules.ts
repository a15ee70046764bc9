import type { ParseEvidence } from '../../../shared/bulletin';

/**
 * The names of the rules that found a parsed field, as `ParseEvidence.rule` carries them. The
 * review screen shows them (translated there), so they are short and stable: rename one only
 * together with its translation.
 */
export const RULES = {
  // Masthead
  /** The series title on a line of its own. */
  series: 'masthead-series',
  /** A letter-spaced series title: `工 作 简 报`. */
  seriesSpaced: 'masthead-series-spaced',
  /** A series title printed over two lines, joined (a guess). */
  seriesTwoLines: 'masthead-series-two-lines',
  /** A series title printed below the issue line (a guess from its ending: 简报, 动态, …). */
  seriesLate: 'masthead-series-late',
  /** `2024年第3期`, `第十二期`, `（总第88期）` on a line of its own. */
  issueLine: 'masthead-issue-line',
  /** Several masthead fields on one line: `XX局编  第12期（总第88期）  2023年6月8日`. */
  combinedLine: 'masthead-combined-line',
  /** The date line (`2023年6月8日`, `二〇二三年六月八日`, `2023.6.8`, `2023-06-08`). */
  dateLine: 'masthead-date',
  /** The year taken from the date when the issue line prints none. */
  yearFromDate: 'masthead-year-from-date',
  /** `XX局编`, `XX局编印`, `XX局主办`. */
  publisherLine: 'masthead-publisher',
  /** An organisation's name beside the issue or date lines, without 编/主办 (a guess). */
  organisation: 'masthead-organisation',
  /** `第5-6期合刊`. */
  jointIssue: 'masthead-joint-issue',
  /** `2024年增刊第1期`. */
  supplement: 'masthead-supplement',
  /** 内部资料, 注意保存, 内部刊物, … */
  notice: 'masthead-notice',
  /** 密级: `秘密★1年`. */
  security: 'masthead-security',
  /** `内部资料性出版物准印证：…`. */
  permit: 'masthead-permit',
  /** `编辑：` `审核：` `电话：` `主办：` fields, in the masthead or the closing block. */
  colophonField: 'colophon-field',
  // Closing block (版记)
  /** `报：` `送：` `发：` `抄送：` `主送：` lists. */
  distribution: 'closing-distribution',
  /** `XX办公室 2023年6月8日印发`. */
  printingLine: 'closing-printing-line',
  /** `（共印80份）`. */
  printRun: 'closing-print-run',
  /** `XX局编辑` printed at the end of the issue. */
  closingPublisher: 'closing-publisher',
  /** No publisher in the masthead: the one that printed the issue (a guess). */
  publisherFromPrinting: 'publisher-from-printing-line',
  // Contents and articles
  /** The contents list, with its header. */
  toc: 'toc-block',
  /** A contents entry's title printed again in the body. */
  tocTitle: 'toc-title',
  /** A contents entry cut short (`…高质量发展若`) matching the start of a body title. */
  tocTruncatedTitle: 'toc-truncated-title',
  /** A body title that differs slightly from its contents entry; the entry's wording is kept. */
  tocFuzzyTitle: 'toc-fuzzy-title',
  /** A contents entry whose article is not in the text: kept as an article without a body. */
  tocEntryNoBody: 'toc-entry-no-body',
  /** No usable contents: a short line before body paragraphs taken as a title. */
  layoutTitle: 'layout-title',
  /** Two short lines before body paragraphs taken as one title. */
  layoutTwoLineTitle: 'layout-two-line-title',
  /** A paragraph cut by a page break and joined again. */
  pageBreakJoin: 'page-break-join',
} as const;

export type RuleName = (typeof RULES)[keyof typeof RULES];

/** Collects evidence as the parser goes; line numbers are those of the source text. */
export class EvidenceLog {
  readonly entries: ParseEvidence[] = [];

  add(field: string, lines: readonly number[], rule: RuleName, certain: boolean): void {
    const sorted = lines.every((line, i) => i === 0 || line > (lines[i - 1] ?? 0));
    this.entries.push({ field, lines: sorted ? [...lines] : [...new Set(lines)].sort((a, b) => a - b), rule, certain });
  }
}
