import type { ArchiveMessage } from './messages';

/**
 * The parser's result: what a bulletin says about itself (DESIGN.md, "Parsed bulletin").
 * Article text keeps the characters of the original; normalisation belongs to search.
 */
export interface ParsedSection {
  heading: string | null;
  paragraphs: string[];
}

export interface ParsedArticle {
  title: string;
  page: number | null;
  column: string | null;
  region: string | null;
  source: string | null;
  sections: ParsedSection[];
}

/**
 * Marks a masthead prints besides its fields (内部资料, 注意保存, 秘密★1年, 准印证号): kept as
 * the issue's metadata, never read as articles.
 */
export interface ParsedMarks {
  /** 内部资料, 注意保存, 内部刊物, … as printed, in order. */
  notices: string[];
  /** 密级 with its term, as printed: `秘密★1年`. */
  security: string | null;
  /** The number of the 内部资料性出版物准印证 line, as printed. */
  permit: string | null;
}

/** One 报/送/发/抄送/主送 line of the closing block. */
export interface ParsedDistribution {
  /** The label as printed, without its colon: 报, 送, 发, 抄送, 主送. */
  role: string;
  /** The recipients, split at 、，, and ; as printed. */
  recipients: string[];
}

/** 版记: the closing block of an issue, read into metadata, never into an article body. */
export interface ParsedClosing {
  distribution: ParsedDistribution[];
  /** Who printed it, from the 印发 line: `XX办公室`. */
  printedBy: string | null;
  /** When it was printed, from the 印发 line, as YYYY-MM-DD. */
  printedOn: string | null;
  /** 共印N份. */
  printRun: number | null;
  /** 签发: who signed the issue off (optional: parses from before it was read lack it). */
  signedBy?: string | null;
}

/**
 * How one parsed field was found, so the review screen can show a person exactly the doubtful
 * parts in the source beside the form.
 * `field` is a masthead field name (`series`, `year`, `number`, `totalNumber`, `date`,
 * `publisher`, `editor`, `reviewer`, `phone`), `marks.security`, `closing.printRun`, …, or an
 * article's part: `articles.<i>.title`, `articles.<i>.start` (where its body begins: a guessed
 * boundary), `articles.<i>.join` (a page-break join), `articles.<i>.body` (missing body).
 */
export interface ParseEvidence {
  field: string;
  /** 0-based numbers of the source lines it was read from (the text the review screen shows). */
  lines: number[];
  /** A short stable name of the rule that found it: `masthead-combined-line`, `toc-fuzzy-title`, … */
  rule: string;
  certain: boolean;
}

/** A source line no rule placed: kept, shown and assignable, never dropped. */
export interface UnplacedLine {
  /** 0-based line number in the source text. */
  line: number;
  text: string;
}

export interface ParsedIssue {
  /** A bulletin, or a document kept as one article with a masthead for a person to fill. */
  kind: 'bulletin' | 'document';
  series: string;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  date: string | null;
  publisher: string | null;
  editor: string | null;
  reviewer: string | null;
  phone: string | null;
  /** 合刊: the last number of a joint issue (`第5-6期合刊`: number 5, numberTo 6); else null. */
  numberTo: number | null;
  /** 增刊: a supplement (`2024年增刊第1期`: number 1, supplement true). */
  supplement: boolean;
  articles: ParsedArticle[];
  marks: ParsedMarks;
  closing: ParsedClosing;
  unplaced: UnplacedLine[];
  evidence: ParseEvidence[];
  /** Anything a cataloguer should check, as codes the interface says in the reader's language. */
  warnings: ArchiveMessage[];
}
