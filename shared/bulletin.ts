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

export interface ParsedIssue {
  series: string;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  date: string | null;
  publisher: string | null;
  editor: string | null;
  reviewer: string | null;
  phone: string | null;
  articles: ParsedArticle[];
  /** Anything a cataloguer should check, as codes the interface says in the reader's language. */
  warnings: ArchiveMessage[];
}
