import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/catalog';
import type { HighlightView } from '../../../shared/annotations';
import { articleBlocks } from '../../../shared/article-text';
import type { ArticleBlock } from '../../../shared/article-text';
import { segmentsOf } from './segments';
import { SelectionToolbar } from './SelectionToolbar';
import { useArticleAnnotations } from './state';

interface PendingSelection {
  start: number;
  end: number;
  left: number;
  top: number;
  /** The passage as selected, kept marked while its toolbar (and note box) is open. */
  range: Range;
}

/**
 * The article's text with its highlights: each block's text is split into plain text and
 * <mark> spans (React text only, never markup from the bulletin). Selecting text offers the
 * highlight toolbar.
 */
export function AnnotatedBody({ article }: { article: Article }) {
  const load = useArticleAnnotations(article.id);
  const blocks = useMemo(() => articleBlocks(article.sections), [article]);
  const highlights = load.status === 'ready' ? load.data.highlights : [];
  const container = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);

  const readSelection = (): void => {
    const root = container.current;
    const found = root ? selectionOffsets(root) : null;
    setPending(found);
  };

  useEffect(() => setPending(null), [article.id]);
  useEffect(() => (pending ? markPending(pending.range) : undefined), [pending]);

  const sections = useMemo(() => {
    const grouped: ArticleBlock[][] = [];
    for (const block of blocks) (grouped[block.section] ??= []).push(block);
    return grouped;
  }, [blocks]);

  return (
    <>
      <div
        ref={container}
        className="reader-body"
        lang="zh-CN"
        onMouseUp={() => requestAnimationFrame(readSelection)}
        onKeyUp={(event: ReactKeyboardEvent) => {
          if (event.shiftKey || event.key === 'Shift') readSelection();
        }}
      >
        {sections.map((section, index) => (
          <section key={index} className="reader-section">
            {section.map((block) => (
              <BlockText key={block.start} block={block} highlights={highlights} />
            ))}
          </section>
        ))}
      </div>
      {pending && (
        <SelectionToolbar
          articleId={article.id}
          start={pending.start}
          end={pending.end}
          left={pending.left}
          top={pending.top}
          onClose={() => setPending(null)}
        />
      )}
    </>
  );
}

function BlockText({ block, highlights }: { block: ArticleBlock; highlights: readonly HighlightView[] }) {
  const { t } = useTranslation();
  const segments = segmentsOf(block, highlights);
  const content = segments.map((segment, index) =>
    segment.mark ? (
      <mark
        key={index}
        className={`hl hl-${segment.mark.color}${segment.mark.hasNote ? ' hl-noted' : ''}`}
        data-annotation-id={segment.mark.first ? segment.mark.id : undefined}
        data-annotation={segment.mark.id}
        title={segment.mark.note ?? t(`annotations.color.${segment.mark.color}`)}
      >
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
  return block.kind === 'heading' ? (
    <h2 className="reader-heading" data-offset={block.start}>
      {content}
    </h2>
  ) : (
    <p data-offset={block.start}>{content}</p>
  );
}

/** The selection inside `root` as offsets in articleText, with where to show the toolbar. */
function selectionOffsets(root: HTMLElement): PendingSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-offset]')].filter((el) => range.intersectsNode(el));
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return null;
  const start =
    Number(first.dataset['offset']) +
    (first.contains(range.startContainer) ? localOffset(first, range.startContainer, range.startOffset) : 0);
  const end =
    Number(last.dataset['offset']) +
    (last.contains(range.endContainer) ? localOffset(last, range.endContainer, range.endOffset) : (last.textContent ?? '').length);
  if (!(end > start)) return null;
  const rects = range.getClientRects();
  const box = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
  return { start, end, left: box.left, top: box.bottom, range: range.cloneRange() };
}

/** The name of the passage's mark in CSS (annotations.css: `::highlight(annotation-pending)`). */
export const PENDING_HIGHLIGHT = 'annotation-pending';

/**
 * Paints the passage a highlight or note is being made for (CSS Custom Highlight API, so the
 * text's DOM is left alone), and returns what takes the paint off again. The browser's own
 * selection is gone as soon as the caret is in the note box; this stays until saved or cancelled.
 */
function markPending(range: Range): () => void {
  if (typeof Highlight !== 'function' || typeof CSS === 'undefined' || !('highlights' in CSS)) return () => undefined;
  CSS.highlights.set(PENDING_HIGHLIGHT, new Highlight(range));
  return () => CSS.highlights.delete(PENDING_HIGHLIGHT);
}

function localOffset(block: HTMLElement, node: Node, offset: number): number {
  const measure = document.createRange();
  measure.selectNodeContents(block);
  measure.setEnd(node, offset);
  return measure.toString().length;
}
