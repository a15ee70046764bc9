import type { DocumentLayout, TextBlock } from './layout';
import type { PdfLine } from './page-lines';

export interface PagedText {
  /** One paragraph per line, a blank line between paragraphs. */
  text: string;
  /** Offset in `text` where each page's text begins. */
  pageStarts: number[];
  /** Offsets in `text` where a line was joined to the paragraph before it across a page break. */
  pageJoins: number[];
}

/** A line "runs to the edge" when it ends within this many ems of the block's right side. */
const REACH_EM = 1.5;
/** A line starting within this many ems of the left margin has no first-line indent. */
const NO_INDENT_EM = 0.5;
/** Lines starting further in than this are centred or right-aligned, never wrapped body text. */
const MAX_INDENT_EM = 3;
/** More space than this between baselines (in line pitches) separates paragraphs. */
const PARAGRAPH_GAP_PITCH = 1.4;
/** Longer lines are text, not headings. */
const MAX_HEADING_CHARS = 40;
// How a paragraph's last line ends (and a heading does not): closing punctuation, quotes after it.
const ENDS_SENTENCE = /[。．.！!？?；;，,、：:…—][”’」』）)]*\s*$/;

// TOC entries run to the edge (leaders and a page number) but each is its own line.
const ENDS_WITH_PAGE_REF = /(?:[.．·•…⋯_]\s*){2,}\s*\d{1,3}\s*$/;
// A bullet or numbering opens a new item even at the left margin.
const OPENS_ITEM = /^(?:[★☆●○◆◇■□▲△►•·]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d))/;
const LATIN_END = /[\p{Script=Latin}\p{Nd},;:]$/u;
const LATIN_START = /^[\p{Script=Latin}\p{Nd}]/u;

/**
 * Rebuilds paragraphs: a hard-wrapped line is joined to the next when it runs to the right
 * edge of the text block and the next starts at the left margin with no first-line indent,
 * in the same font size and at the usual line spacing. Titles, headings and other short,
 * centred or larger lines stay on their own. The same test joins a paragraph cut by a page
 * break. Records where each page's text begins.
 */
export function buildParagraphs(pages: readonly (readonly PdfLine[])[], layout: DocumentLayout): PagedText {
  let text = '';
  const pageStarts: number[] = [];
  const pageJoins: number[] = [];
  let previous: { line: PdfLine; block: TextBlock } | null = null;
  const following = nextLines(pages);

  pages.forEach((lines, pageIndex) => {
    const pageBlock = layout.blocks[pageIndex] ?? { left: 0, right: 0 };
    let pageStart: number | null = null;
    lines.forEach((line, lineIndex) => {
      const block = line.block ?? pageBlock;
      const samePage = lineIndex > 0;
      const next = following.get(line) ?? null;
      if (
        previous !== null &&
        continues(previous.line, previous.block, line, block, samePage ? layout.pitchEm : null) &&
        !isFlushLeftHeading(line, block, next)
      ) {
        text += joiner(previous.line.text, line.text);
        // Joined on a guess across a page or column break: the review screen asks a person to check it.
        if (!samePage || line.y < previous.line.y) pageJoins.push(text.length);
      } else if (text !== '') {
        text += '\n\n';
      }
      pageStart ??= text.length;
      text += line.text;
      previous = { line, block };
    });
    pageStarts.push(pageStart ?? text.length);
  });
  return { text, pageStarts, pageJoins };
}

function continues(a: PdfLine, blockA: TextBlock, b: PdfLine, blockB: TextBlock, pitchEm: number | null): boolean {
  if (Math.abs(a.size - b.size) > 0.08 * Math.max(a.size, b.size)) return false;
  if (a.x1 < blockA.right - REACH_EM * a.size) return false;
  if (a.x0 > blockA.left + MAX_INDENT_EM * a.size) return false;
  if (b.x0 > blockB.left + NO_INDENT_EM * b.size) return false;
  if (ENDS_WITH_PAGE_REF.test(a.text) || OPENS_ITEM.test(b.text)) return false;
  // Across a page or column break the gap says nothing; on one page, extra space ends a paragraph.
  return pitchEm === null || b.y < a.y || b.y - a.y <= PARAGRAPH_GAP_PITCH * pitchEm * a.size;
}

/**
 * GB/T 9704 sets headings flush left over paragraphs with a first-line indent. A short
 * flush-left line that ends without a sentence's closing punctuation and is followed by an
 * indented line is such a heading, even when the line before it ran to the edge (which would
 * otherwise make it look like that paragraph's last line). The last line of a paragraph ends
 * with 。；！？ or the like, so it is not taken for one.
 */
function isFlushLeftHeading(line: PdfLine, block: TextBlock, next: PdfLine | null): boolean {
  if (next === null) return false;
  const nextBlock = next.block ?? block;
  if (line.x0 > block.left + NO_INDENT_EM * line.size) return false;
  if (line.x1 >= block.right - REACH_EM * line.size) return false;
  if ([...line.text].length > MAX_HEADING_CHARS || ENDS_SENTENCE.test(line.text)) return false;
  const indent = (next.x0 - nextBlock.left) / next.size;
  return indent > NO_INDENT_EM && indent <= MAX_INDENT_EM;
}

/** The line read after each line, across pages, for a look ahead. */
function nextLines(pages: readonly (readonly PdfLine[])[]): Map<PdfLine, PdfLine> {
  const all = pages.flat();
  const next = new Map<PdfLine, PdfLine>();
  all.forEach((line, index) => {
    const after = all[index + 1];
    if (after !== undefined) next.set(line, after);
  });
  return next;
}

function joiner(left: string, right: string): string {
  return LATIN_END.test(left) && LATIN_START.test(right) ? ' ' : '';
}
