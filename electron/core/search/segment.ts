/**
 * A segment: an immutable index over up to MAX_SEGMENT_DOCS articles. A library's index is a
 * list of segments, so an import adds a small segment instead of rebuilding everything, and
 * local ordinals fit in 16 bits, which keeps posting lists at two bytes an entry plus one byte
 * of term frequency.
 */
export const MAX_SEGMENT_DOCS = 8192;

/** What the result list shows and the filters test, per article. */
export interface DocInfo {
  articleId: string;
  issueId: string;
  title: string;
  series: string;
  year: number | null;
  number: number | null;
  region: string | null;
  column: string | null;
}

/** The articles' original text (parts joined by a newline), read only for the hits shown. */
export interface OriginalTexts {
  read(doc: number, start: number, end: number): string;
  length(doc: number): number;
  close(): void;
}

export interface SegmentParts {
  docs: DocInfo[];
  /** Every article's normalised text, one after another. */
  text: string;
  textStarts: Uint32Array;
  /** Length of each article's normalised title (its first part). */
  titleEnds: Uint32Array;
  /** Sorted index keys, and for each its stretch of `ords`/`tfs`. */
  keys: Uint32Array;
  postingStarts: Uint32Array;
  ords: Uint16Array;
  tfs: Uint8Array;
  /** Where the key first occurs in the article (capped at 65,535): text checks start there. */
  firsts: Uint16Array;
  /** (normalised position, original position) pairs where the mapping between them jumps. */
  anchors: Int32Array;
  anchorStarts: Uint32Array;
  originals: OriginalTexts;
}

export class Segment {
  /** Per article normalised text; slices of one string, so they share its memory. */
  readonly texts: string[];
  readonly titles: string[];

  constructor(readonly parts: SegmentParts) {
    const { text, textStarts, titleEnds } = parts;
    this.texts = parts.docs.map((_, d) => text.slice(textStarts[d], textStarts[d + 1]));
    this.titles = this.texts.map((t, d) => t.slice(0, titleEnds[d]));
  }

  get size(): number {
    return this.parts.docs.length;
  }

  /** Index of `key` in the key table, or -1. */
  find(key: number): number {
    const keys = this.parts.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] ?? 0;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  documentFrequency(slot: number): number {
    return (this.parts.postingStarts[slot + 1] ?? 0) - (this.parts.postingStarts[slot] ?? 0);
  }

  /** Maps a position in an article's normalised text to its original text. */
  toOriginal(doc: number, position: number): number {
    const { anchors, anchorStarts } = this.parts;
    let lo = anchorStarts[doc] ?? 0;
    let hi = (anchorStarts[doc + 1] ?? 0) - 1;
    // The last anchor at or before `position`.
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((anchors[mid * 2] ?? 0) <= position) lo = mid;
      else hi = mid - 1;
    }
    return (anchors[lo * 2 + 1] ?? 0) + position - (anchors[lo * 2] ?? 0);
  }

  /** Maps [start, end) of normalised text to the original text it came from. */
  toOriginalRange(doc: number, start: number, end: number): [number, number] {
    if (end <= start) {
      const at = this.toOriginal(doc, start);
      return [at, at];
    }
    const from = this.toOriginal(doc, start);
    let to = this.toOriginal(doc, end - 1) + 1;
    // The last character may be an astral one: two units in the original.
    const last = this.parts.originals.read(doc, to - 1, to).charCodeAt(0);
    if (last >= 0xd800 && last <= 0xdbff) to++;
    return [from, to];
  }
}

/** Original texts held in memory: a freshly built segment before it is saved, and tests. */
export class MemoryOriginals implements OriginalTexts {
  constructor(private readonly texts: readonly string[]) {}
  read(doc: number, start: number, end: number): string {
    return (this.texts[doc] ?? '').slice(start, end);
  }
  length(doc: number): number {
    return (this.texts[doc] ?? '').length;
  }
  close(): void {}
}
