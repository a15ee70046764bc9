/**
 * The one model of an article's text that every offset refers to: annotation anchors, the
 * reader's marks, search hits in the reader, and printed highlights. An article is a list of
 * blocks (each section's heading, when it has one, then its paragraphs); its text is the blocks
 * joined with "\n"; offsets are UTF-16 positions in that text. Everything that maps an offset
 * to a block goes through here, so two parts of the app can never count differently.
 */

export interface SectionLike {
  heading: string | null;
  paragraphs: readonly string[];
}

export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Where the block's first character is in the article text. */
  start: number;
  /** The section it belongs to (0-based). */
  section: number;
  /** The paragraph's index within its section; null for a heading. */
  paragraph: number | null;
}

/** The blocks of an article as the reader shows them: headings and paragraphs, in order. */
export function articleBlocks(sections: readonly SectionLike[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let start = 0;
  const push = (block: Omit<ArticleBlock, 'start'>): void => {
    blocks.push({ ...block, start });
    start += block.text.length + 1;
  };
  sections.forEach((section, s) => {
    if (section.heading !== null && section.heading !== '') push({ kind: 'heading', text: section.heading, section: s, paragraph: null });
    section.paragraphs.forEach((text, p) => push({ kind: 'paragraph', text, section: s, paragraph: p }));
  });
  return blocks;
}

/** The text that positions count in: the article's blocks joined with "\n". */
export function articleText(sections: readonly SectionLike[]): string {
  return articleBlocks(sections)
    .map((b) => b.text)
    .join('\n');
}

/** The part of one block a range covers, in offsets of the block's own text. */
export interface BlockPiece {
  /** Index of the block in `articleBlocks`. */
  block: number;
  start: number;
  end: number;
}

/**
 * A range of the article text cut at block edges. A range the text cannot hold (it ends past
 * the text, or covers only the line breaks between blocks) is a value the caller must show,
 * not an empty list it could mistake for "nothing to mark".
 */
export type ArticleRange = { ok: true; pieces: BlockPiece[] } | { ok: false; problem: 'outside-text' | 'between-blocks' };

export function rangeInArticle(blocks: readonly ArticleBlock[], start: number, end: number): ArticleRange {
  const last = blocks.at(-1);
  const length = last ? last.start + last.text.length : 0;
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end <= start || end > length) {
    return { ok: false, problem: 'outside-text' };
  }
  const pieces: BlockPiece[] = [];
  blocks.forEach((block, index) => {
    const from = Math.max(start, block.start) - block.start;
    const to = Math.min(end, block.start + block.text.length) - block.start;
    if (to > from) pieces.push({ block: index, start: from, end: to });
  });
  return pieces.length > 0 ? { ok: true, pieces } : { ok: false, problem: 'between-blocks' };
}
