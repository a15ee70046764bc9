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
export function buildSections(lines: readonly string[], mode: HeadingMode): ParsedSection[] {
  const sections: ParsedSection[] = [{ heading: null, paragraphs: [] }];
  let openParagraph = false;
  for (const line of lines) {
    const current = sections[sections.length - 1];
    if (current === undefined) break;
    const last = current.paragraphs[current.paragraphs.length - 1];
    if (openParagraph && last !== undefined && continuesParagraph(line)) {
      current.paragraphs[current.paragraphs.length - 1] = joinAcrossBreak(last, line);
      openParagraph = !endsSentence(line);
      continue;
    }
    if (isHeading(line, mode)) {
      sections.push({ heading: line, paragraphs: [] });
      openParagraph = false;
      continue;
    }
    current.paragraphs.push(line);
    openParagraph = !endsSentence(line);
  }
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

/** Text cut by a page break is one word: no space, except between two Latin words. */
function joinAcrossBreak(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : before + after;
}
