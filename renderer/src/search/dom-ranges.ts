import { articleBlocks } from '../../../shared/article-text';
import type { SectionLike } from '../../../shared/article-text';
import type { ArticleHit, ArticlePart } from '../../../shared/search';

/**
 * Where each heading and paragraph starts in the article's text (shared/article-text.ts): the
 * reader marks each block element with that offset (`data-offset`), which is how a hit's part
 * finds its element.
 */
export function blockOffsets(sections: readonly SectionLike[]): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const block of articleBlocks(sections)) {
    const part: ArticlePart =
      block.paragraph === null
        ? { kind: 'heading', section: block.section }
        : { kind: 'paragraph', section: block.section, paragraph: block.paragraph };
    offsets.set(partKey(part), block.start);
  }
  return offsets;
}

export function partKey(part: ArticlePart): string {
  switch (part.kind) {
    case 'title':
      return 'title';
    case 'heading':
      return `h:${part.section}`;
    case 'paragraph':
      return `p:${part.section}:${part.paragraph}`;
    default: {
      const unreachable: never = part;
      return unreachable;
    }
  }
}

/** The element that shows one part of the article, inside the reader's `root`. */
export function partElement(root: ParentNode, part: ArticlePart, offsets: ReadonlyMap<string, number>): Element | null {
  if (part.kind === 'title') return root.querySelector('[data-part="title"]') ?? root.querySelector('h1');
  const offset = offsets.get(partKey(part));
  return offset === undefined ? null : root.querySelector(`[data-offset="${offset}"]`);
}

export interface TextPosition {
  node: number;
  offset: number;
}

/**
 * [start, end) in the concatenated text of a run of text nodes of these lengths, as node
 * index + offset at each end; null when it lies outside. A start on a node's end is moved to
 * the next node's beginning, so a range never begins with an empty stretch.
 */
export function locate(lengths: readonly number[], start: number, end: number): { start: TextPosition; end: TextPosition } | null {
  if (!(end > start) || start < 0) return null;
  let from: TextPosition | null = null;
  let at = 0;
  for (let node = 0; node < lengths.length; node++) {
    const length = lengths[node] ?? 0;
    if (from === null && start < at + length) from = { node, offset: start - at };
    if (from !== null && end <= at + length) return { start: from, end: { node, offset: end - at } };
    at += length;
  }
  return null;
}

/** The text nodes the reader sees in `element`, in order (annotation <mark>s included). */
function textNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && !node.parentElement?.closest('[aria-hidden="true"], [data-search-skip]')) nodes.push(node);
  }
  return nodes;
}

/** A DOM Range over [start, end) of an element's text, however it is split into spans. */
export function rangeInElement(element: Element, start: number, end: number): Range | null {
  const nodes = textNodes(element);
  const found = locate(
    nodes.map((node) => node.data.length),
    start,
    end,
  );
  if (!found) return null;
  const range = element.ownerDocument.createRange();
  range.setStart(nodes[found.start.node]!, found.start.offset);
  range.setEnd(nodes[found.end.node]!, found.end.offset);
  return range;
}

/** One Range per hit (null where the text is not on the page, e.g. an empty heading). */
export function hitRanges(root: ParentNode, hits: readonly ArticleHit[], offsets: ReadonlyMap<string, number>): (Range | null)[] {
  const elements = new Map<string, Element | null>();
  return hits.map((hit) => {
    const key = partKey(hit.part);
    if (!elements.has(key)) elements.set(key, partElement(root, hit.part, offsets));
    const element = elements.get(key);
    return element ? rangeInElement(element, hit.start, hit.end) : null;
  });
}
