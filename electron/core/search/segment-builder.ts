import type { SearchDocument } from './document';
import { KeyTable } from './key-table';
import { PART_SEPARATOR } from './keys';
import { normaliseWithOrigin } from './normalise';
import { MAX_SEGMENT_DOCS } from './segment';
import type { DocInfo, Segment } from './segment';
import { encodeSegment, segmentFromBytes } from './segment-file';
import type { BuiltParts } from './segment-file';

/**
 * Builds one segment in two passes over typed arrays. Pass one normalises each article, lists
 * its distinct keys with their counts and notes each key's document frequency; pass two lays
 * the postings out key by key (a counting sort), so no per-key arrays are ever allocated. The
 * result is the segment's file bytes, searched from memory until they are written.
 */
export function buildSegment(documents: readonly SearchDocument[], onArticle?: () => void): Segment {
  return segmentFromBytes(encodeSegment(buildParts(documents, onArticle)), '(new segment)');
}

export function buildParts(documents: readonly SearchDocument[], onArticle?: () => void): BuiltParts {
  if (documents.length > MAX_SEGMENT_DOCS) throw new RangeError(`A segment holds at most ${MAX_SEGMENT_DOCS} articles.`);
  const table = new KeyTable(1 << 18);
  const entries = new GrowableEntries(documents.length * 2500);
  const entryStarts = new Uint32Array(documents.length + 1);
  const texts: string[] = [];
  const originals: string[] = [];
  const titleEnds = new Uint32Array(documents.length);
  const anchorList: number[] = [];
  const anchorStarts = new Uint32Array(documents.length + 1);
  let counts: Int32Array = new Int32Array(1 << 18); // per slot: occurrences in the current article
  let lastDoc: Int32Array = new Int32Array(1 << 18).fill(-1);
  let df = new Uint32Array(1 << 18);
  const unitSlots = new Int32Array(0x10000).fill(-1);
  let touched = new Int32Array(8192);

  documents.forEach((document, d) => {
    const { text, original, titleEnd } = normaliseDocument(document, anchorList);
    anchorStarts[d + 1] = anchorList.length / 2;
    texts.push(text);
    originals.push(original);
    titleEnds[d] = titleEnd;
    // Single units skip the hash table: a direct array over the 65,536 units is cheaper.
    if (touched.length < text.length * 2) touched = new Int32Array(text.length * 2);
    if (counts.length < table.size + text.length * 2) {
      const size = Math.max(counts.length * 2, table.size + text.length * 2);
      counts = grownInt32(counts, size, 0);
      lastDoc = grownInt32(lastDoc, size, -1);
      const grownDf = new Uint32Array(size);
      grownDf.set(df);
      df = grownDf;
    }
    // Locals, not the closure's reassignable variables: the loop below runs per character.
    const seen = lastDoc;
    const tally = counts;
    const list = touched;
    let touchedCount = 0;
    // Keys are listed in order of first occurrence, and the title comes first: the keys listed
    // before its end are exactly the ones it holds.
    let titleTouched = -1;
    let previous = 0x0a;
    for (let i = 0; i < text.length; i++) {
      if (i === titleEnd) titleTouched = touchedCount;
      const unit = text.charCodeAt(i);
      if (unit === 0x0a) {
        previous = unit;
        continue;
      }
      let slot = unitSlots[unit] as number;
      if (slot < 0) slot = unitSlots[unit] = table.slotOf(unit);
      if (seen[slot] !== d) {
        seen[slot] = d;
        tally[slot] = 1;
        list[touchedCount++] = slot;
      } else tally[slot] = (tally[slot] as number) + 1;
      if (previous !== 0x0a) {
        slot = table.slotOf(((previous << 16) | unit) >>> 0);
        if (seen[slot] !== d) {
          seen[slot] = d;
          tally[slot] = 1;
          list[touchedCount++] = slot;
        } else tally[slot] = (tally[slot] as number) + 1;
      }
      previous = unit;
    }
    if (titleTouched < 0) titleTouched = touchedCount;
    for (let k = 0; k < touchedCount; k++) {
      const slot = list[k] as number;
      entries.push(slot, Math.min(0xffff, tally[slot] as number), k < titleTouched ? 1 : 0);
      df[slot] = (df[slot] as number) + 1;
    }
    entryStarts[d + 1] = entries.length;
    onArticle?.();
  });

  // Keys in ascending order, and where each key's postings start.
  // A numeric typed-array sort without a comparator is many times faster than one with.
  const keys = table.keysBySlot().sort();
  const postingStarts = new Uint32Array(table.size + 1);
  const cursor = new Uint32Array(table.size); // per slot: next free posting
  let at = 0;
  keys.forEach((key, rank) => {
    const slot = table.slotOf(key);
    postingStarts[rank] = at;
    cursor[slot] = at;
    at += df[slot] ?? 0;
  });
  postingStarts[table.size] = at;
  const ords = new Uint16Array(at);
  const occurrences = new Uint16Array(at);
  const inTitle = new Uint8Array(at);
  for (let d = 0; d < documents.length; d++) {
    for (let e = entryStarts[d] ?? 0; e < (entryStarts[d + 1] ?? 0); e++) {
      const slot = entries.slots[e] ?? 0;
      const p = cursor[slot] ?? 0;
      ords[p] = d;
      occurrences[p] = entries.counts[e] ?? 0;
      inTitle[p] = entries.inTitle[e] ?? 0;
      cursor[slot] = p + 1;
    }
  }

  const textStarts = new Uint32Array(documents.length + 1);
  texts.forEach((t, d) => (textStarts[d + 1] = (textStarts[d] ?? 0) + t.length));
  return {
    docs: documents.map(docInfo),
    text: texts.join(''),
    textStarts,
    titleEnds,
    keys,
    postingStarts,
    ords,
    counts: occurrences,
    inTitle,
    anchors: Int32Array.from(anchorList),
    anchorStarts,
    originals,
  };
}

export function docInfo(d: SearchDocument): DocInfo {
  return {
    articleId: d.articleId,
    issueId: d.issueId,
    title: d.title,
    series: d.series,
    year: d.year,
    number: d.number,
    region: d.region,
    column: d.column,
  };
}

/**
 * Normalises each part separately (so none runs into the next) and joins them with the part
 * separator; appends to `anchors` the places where normalised and original positions stop
 * moving in step (a removed space, an expanded character), which is all it takes to map a hit
 * back to the original text.
 */
function normaliseDocument(document: SearchDocument, anchors: number[]): { text: string; original: string; titleEnd: number } {
  const pieces: string[] = [];
  let normalisedAt = 0;
  let originalAt = 0;
  let expected = -1; // original position the next unit maps to when nothing jumps
  let titleEnd = 0;
  const anchorsBefore = anchors.length;
  document.parts.forEach((part, p) => {
    if (p > 0) {
      pieces.push(PART_SEPARATOR);
      if (originalAt - 1 !== expected) anchors.push(normalisedAt, originalAt - 1);
      expected = originalAt;
      normalisedAt++;
    }
    const { text, origin } = normaliseWithOrigin(part);
    for (let i = 0; i < origin.length; i++) {
      const o = originalAt + (origin[i] ?? 0);
      if (o !== expected) anchors.push(normalisedAt + i, o);
      expected = o + 1;
    }
    pieces.push(text);
    normalisedAt += text.length;
    originalAt += part.length + 1;
    if (p === 0) titleEnd = text.length;
  });
  if (anchors.length === anchorsBefore) anchors.push(0, 0);
  return { text: pieces.join(''), original: document.parts.join(PART_SEPARATOR), titleEnd };
}

function grownInt32(array: Int32Array, size: number, fill: number): Int32Array {
  const grown = new Int32Array(size);
  if (fill !== 0) grown.fill(fill);
  grown.set(array);
  return grown;
}

class GrowableEntries {
  slots: Uint32Array;
  counts: Uint16Array;
  inTitle: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.slots = new Uint32Array(Math.max(1024, capacity));
    this.counts = new Uint16Array(this.slots.length);
    this.inTitle = new Uint8Array(this.slots.length);
  }
  push(slot: number, count: number, inTitle: number): void {
    if (this.length === this.slots.length) {
      const slots = new Uint32Array(this.slots.length * 2);
      slots.set(this.slots);
      const counts = new Uint16Array(slots.length);
      counts.set(this.counts);
      const titles = new Uint8Array(slots.length);
      titles.set(this.inTitle);
      this.slots = slots;
      this.counts = counts;
      this.inTitle = titles;
    }
    this.slots[this.length] = slot;
    this.counts[this.length] = count;
    this.inTitle[this.length] = inTitle;
    this.length++;
  }
}
