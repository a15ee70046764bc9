import { segmentCounters } from './paged-file';
import type { PagedRegion } from './paged-file';

/**
 * A segment: an immutable index over up to MAX_SEGMENT_DOCS articles. A library's index is a
 * list of segments, so an import adds a small segment instead of rebuilding everything, and
 * local ordinals fit in 16 bits.
 *
 * Held in memory: the article list and a few numbers per article (where its text, title, anchors
 * and original start), the normalised titles, and the first key of every dictionary block. Read
 * on demand, in checked pages (paged-file.ts): the dictionary, the posting lists (delta + varint),
 * the top lists of common keys, the anchors and the original texts. The normalised text is read
 * whole the first time a query must check a term against it (terms of three characters or more),
 * then kept: verifying thousands of candidates one read each would cost more than holding it.
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
}

/** One key of the dictionary: how many articles hold it and where its postings lie. */
export interface KeyEntry {
  key: number;
  df: number;
  postingsAt: number;
  postingsBytes: number;
  /** Where its top list starts in the tops section, or NO_TOP (a key of few articles has none). */
  topAt: number;
}

export const NO_TOP = 0xffffffff;
/** Keys per dictionary block; the first key of each block is held in memory. */
export const DICT_BLOCK = 64;
/** u32 fields per dictionary record: key, df, postingsAt, postingsBytes, topAt. */
export const DICT_FIELDS = 5;

export type PagedSection = 'dict' | 'postings' | 'tops' | 'text' | 'anchors' | 'originals';

export interface SegmentLayout {
  docs: DocInfo[];
  textStarts: Uint32Array;
  titleEnds: Uint32Array;
  anchorStarts: Uint32Array;
  originalStarts: Uint32Array;
  /** Normalised titles (the first part of each text): titles decide ranking and fuzzy search. */
  titles: string[];
  blockKeys: Uint32Array;
  keyCount: number;
  /** Entries of a key's top list: the best articles for that key alone, best first. */
  topN: number;
  region: PagedRegion;
  /** [offset, length] in the paged region. */
  sections: Record<PagedSection, [number, number]>;
}

export type FieldName = 'series' | 'region' | 'column';

/** A field's distinct values in this segment and each article's value as an index into them (0xffff: none). */
export interface FieldTable {
  values: string[];
  ids: Uint16Array;
}

export const NO_VALUE = 0xffff;
export const NO_YEAR = -0x80000000;

export class Segment {
  readonly docs: DocInfo[];
  private text: string | null = null;
  private readonly fields = new Map<FieldName, FieldTable>();
  private yearTable: Int32Array | null = null;
  private byArticle: Map<string, number> | null = null;
  private anchorsOf: { doc: number; anchors: Int32Array } | null = null;

  constructor(private readonly layout: SegmentLayout) {
    this.docs = layout.docs;
  }

  get size(): number {
    return this.docs.length;
  }

  get file(): string {
    return this.layout.region.file;
  }

  /** Bytes this segment holds in memory (not counting the shared page cache). */
  memoryBytes(): number {
    const l = this.layout;
    let bytes = l.textStarts.byteLength + l.titleEnds.byteLength + l.anchorStarts.byteLength + l.originalStarts.byteLength;
    bytes += l.blockKeys.byteLength;
    for (const title of l.titles) bytes += title.length * 2;
    if (this.text !== null) bytes += this.text.length * 2;
    return bytes;
  }

  /** The dictionary entry of `key`, or null when no article of the segment has it. */
  lookup(key: number): KeyEntry | null {
    const { blockKeys, keyCount, region, sections } = this.layout;
    // The last block whose first key is at or below `key`.
    let lo = 0;
    let hi = blockKeys.length - 1;
    if (hi < 0 || key < (blockKeys[0] as number)) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((blockKeys[mid] as number) <= key) lo = mid;
      else hi = mid - 1;
    }
    const first = lo * DICT_BLOCK;
    const count = Math.min(DICT_BLOCK, keyCount - first);
    const record = DICT_FIELDS * 4;
    const block = region.read(sections.dict[0] + first * record, count * record);
    let a = 0;
    let b = count - 1;
    while (a <= b) {
      const mid = (a + b) >>> 1;
      const k = block.readUInt32LE(mid * record);
      if (k < key) a = mid + 1;
      else if (k > key) b = mid - 1;
      else {
        const at = mid * record;
        return {
          key,
          df: block.readUInt32LE(at + 4),
          postingsAt: block.readUInt32LE(at + 8),
          postingsBytes: block.readUInt32LE(at + 12),
          topAt: block.readUInt32LE(at + 16),
        };
      }
    }
    return null;
  }

  /** The key's posting list, decoded: ascending article ordinals and their (capped) counts. */
  postings(entry: KeyEntry): { docs: Uint16Array; tfs: Uint8Array } {
    const { region, sections } = this.layout;
    const bytes = region.read(sections.postings[0] + entry.postingsAt, entry.postingsBytes);
    const docs = new Uint16Array(entry.df);
    const tfs = new Uint8Array(entry.df);
    let at = 0;
    let doc = -1;
    for (let i = 0; i < entry.df; i++) {
      let delta = 0;
      let shift = 0;
      for (;;) {
        const byte = bytes[at++] as number;
        delta |= (byte & 0x7f) << shift;
        if (byte < 0x80) break;
        shift += 7;
      }
      doc += delta;
      docs[i] = doc;
      tfs[i] = bytes[at++] as number;
    }
    segmentCounters.postingsDecoded += entry.df;
    return { docs, tfs };
  }

  /** Entries in the key's top list (0 when it has none). */
  topLength(entry: KeyEntry): number {
    return entry.topAt === NO_TOP ? 0 : Math.min(entry.df, this.layout.topN);
  }

  /**
   * The head of the key's top list (its best articles for the key alone, best first, with their
   * exact counts): the first `count` entries, so the work follows the page of results asked for.
   */
  top(entry: KeyEntry, count: number): { docs: Uint16Array; counts: Uint16Array } | null {
    if (entry.topAt === NO_TOP) return null;
    const { region, sections } = this.layout;
    const n = Math.max(0, Math.min(count, this.topLength(entry)));
    const bytes = region.read(sections.tops[0] + entry.topAt, n * 4);
    const docs = new Uint16Array(n);
    const counts = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      docs[i] = bytes.readUInt16LE(i * 4);
      counts[i] = bytes.readUInt16LE(i * 4 + 2);
    }
    segmentCounters.postingsDecoded += n;
    return { docs, counts };
  }

  /** An article's normalised text (parts joined by the part separator): from the held text, or read from its pages. */
  textOf(doc: number): string {
    const { textStarts, region, sections } = this.layout;
    const from = textStarts[doc] ?? 0;
    const to = textStarts[doc + 1] ?? 0;
    if (this.text !== null) return this.text.slice(from, to);
    if (to === from) return '';
    return region.read(sections.text[0] + from * 2, (to - from) * 2).toString('utf16le');
  }

  /**
   * Reads the whole normalised text once and keeps it: a query that checks a long term against
   * thousands of candidates reads one section instead of thousands of pieces.
   */
  holdText(): void {
    if (this.text !== null) return;
    const { region, sections } = this.layout;
    const [at, length] = sections.text;
    this.text = length === 0 ? '' : region.read(at, length, true).toString('utf16le');
  }

  /** Length of an article's normalised text, without reading it. */
  textLength(doc: number): number {
    const { textStarts } = this.layout;
    return (textStarts[doc + 1] ?? 0) - (textStarts[doc] ?? 0);
  }

  titleOf(doc: number): string {
    return this.layout.titles[doc] ?? '';
  }

  titleLength(doc: number): number {
    return this.layout.titleEnds[doc] ?? 0;
  }

  readonly originals: OriginalTexts = {
    length: (doc: number): number => (this.layout.originalStarts[doc + 1] ?? 0) - (this.layout.originalStarts[doc] ?? 0),
    read: (doc: number, start: number, end: number): string => {
      const length = this.originals.length(doc);
      const from = Math.max(0, Math.min(start, length));
      const to = Math.max(from, Math.min(end, length));
      if (to === from) return '';
      const { region, sections, originalStarts } = this.layout;
      const at = sections.originals[0] + ((originalStarts[doc] ?? 0) + from) * 2;
      return region.read(at, (to - from) * 2).toString('utf16le');
    },
  };

  /** Each article's value of a field, as a small table: filters test numbers, not strings. */
  field(name: FieldName): FieldTable {
    let table = this.fields.get(name);
    if (!table) {
      const index = new Map<string, number>();
      const ids = new Uint16Array(this.size);
      this.docs.forEach((doc, d) => {
        const value = doc[name];
        if (value === null) {
          ids[d] = NO_VALUE;
          return;
        }
        let id = index.get(value);
        if (id === undefined) index.set(value, (id = index.size));
        ids[d] = id;
      });
      table = { values: [...index.keys()], ids };
      this.fields.set(name, table);
    }
    return table;
  }

  years(): Int32Array {
    this.yearTable ??= Int32Array.from(this.docs, (d) => d.year ?? NO_YEAR);
    return this.yearTable;
  }

  docOf(articleId: string): number | undefined {
    this.byArticle ??= new Map(this.docs.map((d, i) => [d.articleId, i]));
    return this.byArticle.get(articleId);
  }

  /** Maps a position in an article's normalised text to its original text. */
  toOriginal(doc: number, position: number): number {
    const anchors = this.anchors(doc);
    let lo = 0;
    let hi = anchors.length / 2 - 1;
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
    const last = this.originals.read(doc, to - 1, to).charCodeAt(0);
    if (last >= 0xd800 && last <= 0xdbff) to++;
    return [from, to];
  }

  /** Reads and checks every page, keeping none (`verify`): null when sound, else what is wrong. */
  checkAll(): string | null {
    return this.layout.region.checkAll();
  }

  close(): void {
    this.layout.region.close();
  }

  private anchors(doc: number): Int32Array {
    if (this.anchorsOf?.doc === doc) return this.anchorsOf.anchors;
    const { region, sections, anchorStarts } = this.layout;
    const from = anchorStarts[doc] ?? 0;
    const count = (anchorStarts[doc + 1] ?? 0) - from;
    const bytes = region.read(sections.anchors[0] + from * 8, count * 8);
    const anchors = new Int32Array(count * 2);
    for (let i = 0; i < anchors.length; i++) anchors[i] = bytes.readInt32LE(i * 4);
    this.anchorsOf = { doc, anchors };
    return anchors;
  }
}
