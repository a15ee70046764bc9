import type { ParsedSection } from '../../../shared/bulletin';
import { ENUMERATION_START, NUMBERED_PREFIX, endsSentence, visibleLength } from './patterns';

/** `any`: short unpunctuated lines are headings; `numbered`: only `一、`-style lines are. */
export type HeadingMode = 'any' | 'numbered';

const MAX_HEADING_LENGTH = 30;
const MAX_NUMBERED_HEADING_LENGTH = 40;

/**
 * Turns an article's lines into sections. A sub-heading opens a section; a paragraph
 * that stops without final punctuation was cut by a page break and is joined with the
 * next line, but a heading is never joined to the paragraph after it.
 */
export function buildSections(lines: readonly string[], mode: HeadingMode, onJoin?: (before: number, after: number) => void): ParsedSection[] {
  const sections: ParsedSection[] = [{ heading: null, paragraphs: [] }];
  // The paragraph being read, kept as pieces: joining one long paragraph line by line
  // must not copy it again for every line.
  let pieces: string[] = [];
  let openParagraph = false;
  let lastIndex = -1;
  const closeParagraph = (): void => {
    if (pieces.length > 0) sections[sections.length - 1]?.paragraphs.push(pieces.join(''));
    pieces = [];
  };
  lines.forEach((line, index) => {
    const last = pieces[pieces.length - 1];
    const previous = lastIndex;
    lastIndex = index;
    if (openParagraph && last !== undefined && continuesParagraph(line)) {
      pieces.push(joinAcrossBreak(last, line));
      onJoin?.(previous, index);
      openParagraph = !endsSentence(line);
      return;
    }
    closeParagraph();
    if (isHeading(line, mode)) {
      sections.push({ heading: line, paragraphs: [] });
      openParagraph = false;
      return;
    }
    pieces.push(line);
    openParagraph = !endsSentence(line);
  });
  closeParagraph();
  const [lead, ...rest] = sections;
  return lead !== undefined && lead.paragraphs.length === 0 && rest.length > 0 ? rest : sections;
}

export function isHeading(line: string, mode: HeadingMode): boolean {
  if (endsSentence(line) || /[。；！？]/.test(line)) return false;
  if (NUMBERED_PREFIX.test(line)) return visibleLength(line) <= MAX_NUMBERED_HEADING_LENGTH;
  if (mode === 'numbered') return false;
  // A comma means a clause: a short line with one is far more often the start of a
  // paragraph cut by a page break than an unnumbered sub-heading.
  return visibleLength(line) <= MAX_HEADING_LENGTH && !/[，,]/.test(line) && !ENUMERATION_START.test(line) && !/^\d/.test(line);
}

// A line that opens numbering or an enumeration starts something new even after an
// unpunctuated paragraph (its final mark was probably lost in extraction).
function continuesParagraph(line: string): boolean {
  return !NUMBERED_PREFIX.test(line) && !ENUMERATION_START.test(line);
}

/**
 * Text cut by a page break is one word: no space, except between two Latin words.
 * Returns what to append to `before` (the previous line of the paragraph).
 */
function joinAcrossBreak(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? ` ${after}` : after;
}
