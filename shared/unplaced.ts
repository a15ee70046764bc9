import type { ParsedSection, UnplacedLine } from './bulletin';

/**
 * Placing a line no rule placed (issue 13): it goes at the end of the article a person chose,
 * as a paragraph of its own, so the text reads as before and nothing is merged into a sentence.
 * Shared by the review screen (before import) and the library (after it).
 */
export function appendParagraph<S extends ParsedSection>(sections: readonly S[], text: string): (S | ParsedSection)[] {
  const last = sections[sections.length - 1];
  if (last === undefined) return [{ heading: null, paragraphs: [text] }];
  return [...sections.slice(0, -1), { ...last, paragraphs: [...last.paragraphs, text] }];
}

/** The unplaced lines without the one at source line `line`. */
export function withoutLine(lines: readonly UnplacedLine[], line: number): UnplacedLine[] {
  return lines.filter((candidate) => candidate.line !== line);
}
