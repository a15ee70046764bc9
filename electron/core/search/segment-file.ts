import { promises as fs } from 'node:fs';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-file';
import { ByteWriter } from './byte-writer';
import { DamagedSegmentError, FileBytes, MemoryBytes, PAGE_SIZE, PagedRegion, segmentCounters } from './paged-file';
import type { PageBytes } from './paged-file';
import { DENSITY_CAP } from './ranking';
import { DICT_BLOCK, DICT_FIELDS, NO_TOP, Segment } from './segment';
import type { DocInfo, PagedSection, SegmentLayout } from './segment';

export { DamagedSegmentError } from './paged-file';

/**
 * One segment on disk (format 3, issue 19):
 *
 *   0   magic `BASEG003`, header length (u32), CRC-32 of the header (u32)
 *   16  JSON header: article list, section table, CRC-32 of the resident sections
 *       (padded to 8)
 *   ·   resident sections, read at open: textStarts, titleEnds, anchorStarts, originalStarts,
 *       titles (normalised, UTF-16), blockKeys (first key of each dictionary block), pageCrcs
 *   ·   paged region, read on demand in PAGE_SIZE pages, each with its CRC-32 in pageCrcs:
 *       dict (key, df, postings offset and length, top-list offset), postings (per key: doc
 *       delta as varint, then the count capped at 255), tops (for keys in TOP_MIN articles or
 *       more: their TOP_N best articles for the key alone, doc u16 + exact count u16), text
 *       (normalised, UTF-16), anchors, originals (UTF-16, last)
 *
 * Opening reads the header and the resident sections and checks both; every page is checked
 * the first time it is read, so a damaged segment is refused before any answer depends on it;
 * `verify` reads and checks every page (checkSegmentFile). Sections in the header are offsets
 * from the end of the padded header, as in format 2.
 */
const MAGIC = 'BASEG003';
// 3: paged, compressed postings and top lists (issue 19). A segment of format 2 fails the magic
// check, and the manifest's own format changed with it, so an old index is built again.
export const SEGMENT_FORMAT = 3;
/** A key in at least this many articles of a segment gets a top list. */
export const TOP_MIN = 512;
/** Entries of a top list: results deeper than this are found by decoding the whole list. */
export const TOP_N = 512;

const RESIDENT = ['textStarts', 'titleEnds', 'anchorStarts', 'originalStarts', 'titles', 'blockKeys', 'pageCrcs'] as const;
const PAGED: readonly PagedSection[] = ['dict', 'postings', 'tops', 'text', 'anchors', 'originals'];
type SectionName = (typeof RESIDENT)[number] | PagedSection;

const Range = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const HeaderSchema = z.strictObject({
  format: z.literal(SEGMENT_FORMAT),
  docs: z.array(
    z.tuple([
      z.string(),
      z.string(),
      z.string(),
      z.string(),
      z.number().nullable(),
      z.number().nullable(),
      z.string().nullable(),
      z.string().nullable(),
    ]),
  ),
  keyCount: z.number().int().nonnegative(),
  topN: z.number().int().positive(),
  pageSize: z.literal(PAGE_SIZE),
  sections: z.record(z.string(), Range),
  /** CRC-32 of the resident sections (everything before the paged region). */
  residentCrc: z.number().int(),
});
type Header = z.infer<typeof HeaderSchema>;

/** What the builder hands over: the arrays of pass two, before encoding. */
export interface BuiltParts {
  docs: DocInfo[];
  /** Every article's normalised text, one after another. */
  text: string;
  textStarts: Uint32Array;
  /** Length of each article's normalised title (its first part). */
  titleEnds: Uint32Array;
  /** Sorted keys, and for each its stretch of `ords`/`counts`. */
  keys: Uint32Array;
  postingStarts: Uint32Array;
  ords: Uint16Array;
  /** Occurrences of the key in the article, capped at 65,535. */
  counts: Uint16Array;
  /** 1 where the key occurs in the article's title. */
  inTitle: Uint8Array;
  anchors: Int32Array;
  anchorStarts: Uint32Array;
  /** The articles' original texts (parts joined by the part separator). */
  originals: string[];
}

/** The file bytes of a built segment. */
export function encodeSegment(p: BuiltParts): Buffer {
  const n = p.docs.length;
  const K = p.keys.length;
  const titles = p.docs.map((_, d) => p.text.slice(p.textStarts[d], (p.textStarts[d] ?? 0) + (p.titleEnds[d] ?? 0)));
  const originalStarts = new Uint32Array(n + 1);
  p.originals.forEach((t, d) => (originalStarts[d + 1] = (originalStarts[d] ?? 0) + t.length));

  const dict = new Uint32Array(K * DICT_FIELDS);
  const postings = new ByteWriter(p.ords.length * 2 + 16);
  const tops = new ByteWriter(1 << 16);
  const blockKeys = new Uint32Array(Math.ceil(K / DICT_BLOCK));
  const recency = Float64Array.from(p.docs, (d) => (d.year ?? 0) * 1000 + (d.number ?? 0));
  for (let r = 0; r < K; r++) {
    const key = p.keys[r] as number;
    const start = p.postingStarts[r] as number;
    const end = p.postingStarts[r + 1] as number;
    const at = postings.length;
    let previous = -1;
    for (let i = start; i < end; i++) {
      const doc = p.ords[i] as number;
      postings.varint(doc - previous);
      postings.byte(Math.min(255, p.counts[i] as number));
      previous = doc;
    }
    let topAt = NO_TOP;
    if (end - start >= TOP_MIN) {
      topAt = tops.length;
      for (const i of topList(p, recency, key, start, end)) {
        const doc = p.ords[i] as number;
        const count = p.counts[i] as number;
        tops.byte(doc & 0xff);
        tops.byte(doc >>> 8);
        tops.byte(count & 0xff);
        tops.byte(count >>> 8);
      }
    }
    const f = r * DICT_FIELDS;
    dict[f] = key;
    dict[f + 1] = end - start;
    dict[f + 2] = at;
    dict[f + 3] = postings.length - at;
    dict[f + 4] = topAt;
    if (r % DICT_BLOCK === 0) blockKeys[r / DICT_BLOCK] = key;
  }

  const paged: Record<PagedSection, Uint8Array> = {
    dict: bytesOf(dict),
    postings: postings.result(),
    tops: tops.result(),
    text: Buffer.from(p.text, 'utf16le'),
    anchors: bytesOf(p.anchors),
    originals: Buffer.from(p.originals.join(''), 'utf16le'),
  };
  let pagedLength = 0;
  for (const name of PAGED) pagedLength += pad8(paged[name].byteLength);
  const pageCount = Math.ceil(pagedLength / PAGE_SIZE);
  const resident: Record<(typeof RESIDENT)[number], Uint8Array> = {
    textStarts: bytesOf(p.textStarts),
    titleEnds: bytesOf(p.titleEnds),
    anchorStarts: bytesOf(p.anchorStarts),
    originalStarts: bytesOf(originalStarts),
    titles: Buffer.from(titles.join(''), 'utf16le'),
    blockKeys: bytesOf(blockKeys),
    pageCrcs: new Uint8Array(pageCount * 4),
  };
  const sections: Record<string, [number, number]> = {};
  let at = 0;
  for (const name of [...RESIDENT, ...PAGED] as SectionName[]) {
    const length = (name in resident ? resident[name as (typeof RESIDENT)[number]] : paged[name as PagedSection]).byteLength;
    sections[name] = [at, length];
    at += pad8(length);
  }
  const body = Buffer.alloc(at);
  for (const name of RESIDENT) Buffer.from(resident[name].buffer, resident[name].byteOffset, resident[name].byteLength).copy(body, sectionAt(sections, name));
  for (const name of PAGED) Buffer.from(paged[name].buffer, paged[name].byteOffset, paged[name].byteLength).copy(body, sectionAt(sections, name));
  const pagedAt = sectionAt(sections, 'dict');
  const crcAt = sectionAt(sections, 'pageCrcs');
  for (let page = 0; page < pageCount; page++) {
    const from = pagedAt + page * PAGE_SIZE;
    body.writeUInt32LE(crc32(body.subarray(from, Math.min(body.byteLength, from + PAGE_SIZE))), crcAt + page * 4);
  }
  const header: Header = {
    format: SEGMENT_FORMAT,
    docs: p.docs.map((d) => [d.articleId, d.issueId, d.title, d.series, d.year, d.number, d.region, d.column]),
    keyCount: K,
    topN: TOP_N,
    pageSize: PAGE_SIZE,
    sections,
    residentCrc: crc32(body.subarray(0, pagedAt)),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lead = Buffer.alloc(pad8(16 + headerBytes.byteLength));
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(headerBytes.byteLength, 8);
  lead.writeUInt32LE(crc32(headerBytes), 12);
  headerBytes.copy(lead, 16);
  return Buffer.concat([lead, body]);
}

const built = new WeakMap<Segment, Buffer>();

/** A segment searched from its bytes in memory: just built, or the disk refused to take it. */
export function segmentFromBytes(bytes: Buffer, name: string): Segment {
  const segment = openSegment(new MemoryBytes(name, bytes), bytes.byteLength);
  built.set(segment, bytes);
  return segment;
}

/** Writes a built segment; returns its size and the same segment read from the file, so the bytes in memory can go. */
export async function writeSegment(file: string, segment: Segment): Promise<{ bytes: number; segment: Segment }> {
  const bytes = built.get(segment);
  if (!bytes) throw new Error('writeSegment: only a segment just built can be written');
  await writeFileDurably(file, bytes);
  return { bytes: bytes.byteLength, segment: openSegment(new FileBytes(file), bytes.byteLength) };
}

/** Opens a segment file, reading its header and resident sections only; throws DamagedSegmentError when they are not ones we wrote, whole. */
export async function readSegment(file: string): Promise<{ segment: Segment; bytes: number }> {
  const size = (await fs.stat(file)).size;
  const source = new FileBytes(file);
  try {
    return { segment: openSegment(source, size), bytes: size };
  } catch (error) {
    source.close();
    throw error;
  }
}

/** Checks a segment file whole (every page against its checksum), without keeping it: null when sound, else what is wrong. */
export async function checkSegmentFile(file: string): Promise<string | null> {
  let segment: Segment;
  try {
    ({ segment } = await readSegment(file));
  } catch (error) {
    if (error instanceof DamagedSegmentError) return error.message;
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return `${file} is missing`;
    throw error;
  }
  try {
    return segment.checkAll();
  } finally {
    segment.close();
  }
}

/** Bytes read from segment files so far (tests count them). */
export function segmentBytesRead(): number {
  return segmentCounters.bytesRead;
}

function openSegment(source: PageBytes, size: number): Segment {
  const name = source.name;
  const read = (position: number, length: number): Buffer => {
    // Its own buffer at offset 0, so 8-aligned sections are aligned views.
    const buffer = Buffer.allocUnsafeSlow(length);
    if (source.readAt(buffer, position, length) !== length) throw new DamagedSegmentError(`${name} is cut short`, name);
    return buffer;
  };
  if (size < 16) throw new DamagedSegmentError(`${name} is cut short`, name);
  const lead = read(0, 16);
  if (lead.toString('latin1', 0, 8) !== MAGIC) throw new DamagedSegmentError(`${name} is not a search segment of format ${SEGMENT_FORMAT}`, name);
  const headerLength = lead.readUInt32LE(8);
  if (16 + headerLength > size) throw new DamagedSegmentError(`${name} is cut short`, name);
  const headerBytes = read(16, headerLength);
  if (crc32(headerBytes) !== lead.readUInt32LE(12)) throw new DamagedSegmentError(`${name}: its header fails its checksum`, name);
  const header = parseHeader(headerBytes.toString('utf8'), name);
  const bodyStart = pad8(16 + headerLength);
  const range = (section: SectionName): [number, number] => {
    const found = header.sections[section];
    if (!found || found[0] % 8 !== 0) throw new DamagedSegmentError(`${name}: section ${section} is out of place`, name);
    return found;
  };
  const pagedAt = range('dict')[0];
  let end = 0;
  for (const section of [...RESIDENT, ...PAGED]) {
    const [at, length] = range(section);
    if (at < end) throw new DamagedSegmentError(`${name}: sections out of order`, name);
    end = at + length;
  }
  const pagedLength = pad8(end) - pagedAt;
  if (bodyStart + pagedAt + pagedLength > size) throw new DamagedSegmentError(`${name} is cut short`, name);
  const resident = read(bodyStart, pagedAt);
  if (crc32(resident) !== header.residentCrc) throw new DamagedSegmentError(`${name} fails its checksum (resident sections)`, name);
  const u32 = (section: SectionName): Uint32Array => {
    const [at, length] = range(section);
    if (length % 4 !== 0 || at + length > pagedAt) throw new DamagedSegmentError(`${name}: section ${section} is out of place`, name);
    return new Uint32Array(resident.buffer, resident.byteOffset + at, length / 4);
  };
  const docs: DocInfo[] = header.docs.map(([articleId, issueId, title, series, year, number, region, column]) => ({
    articleId,
    issueId,
    title,
    series,
    year,
    number,
    region,
    column,
  }));
  const titleEnds = u32('titleEnds');
  const [titlesAt, titlesLength] = range('titles');
  const titleText = resident.toString('utf16le', titlesAt, titlesAt + titlesLength);
  const titles: string[] = [];
  let t = 0;
  for (const length of titleEnds) {
    titles.push(titleText.slice(t, t + length));
    t += length;
  }
  const sections = {} as Record<PagedSection, [number, number]>;
  for (const section of PAGED) {
    const [at, length] = range(section);
    sections[section] = [at - pagedAt, length];
  }
  const layout: SegmentLayout = {
    docs,
    textStarts: u32('textStarts'),
    titleEnds,
    anchorStarts: u32('anchorStarts'),
    originalStarts: u32('originalStarts'),
    titles,
    blockKeys: u32('blockKeys'),
    keyCount: header.keyCount,
    topN: header.topN,
    region: new PagedRegion(source, bodyStart + pagedAt, pagedLength, u32('pageCrcs')),
    sections,
  };
  checkShape(layout, header, t, name);
  return new Segment(layout);
}

function parseHeader(text: string, file: string): Header {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DamagedSegmentError(`${file}: header is not JSON`, file);
  }
  const parsed = HeaderSchema.safeParse(json);
  if (!parsed.success) throw new DamagedSegmentError(`${file}: header does not match format ${SEGMENT_FORMAT}`, file);
  return parsed.data;
}

/** The checksums prove the bytes are the ones written; this proves they fit together. */
function checkShape(l: SegmentLayout, header: Header, titleUnits: number, file: string): void {
  const n = l.docs.length;
  const ok =
    l.textStarts.length === n + 1 &&
    l.titleEnds.length === n &&
    l.anchorStarts.length === n + 1 &&
    l.originalStarts.length === n + 1 &&
    titleUnits * 2 === (header.sections['titles']?.[1] ?? -1) &&
    l.blockKeys.length === Math.ceil(header.keyCount / DICT_BLOCK) &&
    l.sections.dict[1] === header.keyCount * DICT_FIELDS * 4 &&
    l.sections.text[1] === (l.textStarts[n] ?? 0) * 2 &&
    l.sections.anchors[1] === (l.anchorStarts[n] ?? 0) * 8 &&
    l.sections.originals[1] === (l.originalStarts[n] ?? 0) * 2;
  if (!ok) throw new DamagedSegmentError(`${file}: sections do not fit together`, file);
}

/**
 * The entries of a key's top list, best first, ranked as a query of the key alone ranks them:
 * title hit, then density (occurrences × length of the key ÷ length of the text), newer issue,
 * index order. A selection finds the TOP_N-th score first, so only those above it are sorted.
 */
function topList(p: BuiltParts, recency: Float64Array, key: number, start: number, end: number): number[] {
  const termLength = key > 0xffff ? 2 : 1;
  const score = new Float64Array(end - start);
  for (let i = start; i < end; i++) {
    const doc = p.ords[i] as number;
    const length = Math.max(1, (p.textStarts[doc + 1] ?? 0) - (p.textStarts[doc] ?? 0));
    const density = ((p.counts[i] as number) * termLength) / length;
    score[i - start] = (p.inTitle[i] as number) + Math.min(DENSITY_CAP, density);
  }
  const threshold = score.length <= TOP_N ? -Infinity : kthLargest(Float64Array.from(score), TOP_N);
  const chosen: number[] = [];
  for (let i = 0; i < score.length; i++) if ((score[i] as number) >= threshold) chosen.push(i);
  chosen.sort((a, b) => {
    const da = p.ords[start + a] as number;
    const db = p.ords[start + b] as number;
    return (score[b] as number) - (score[a] as number) || (recency[db] as number) - (recency[da] as number) || da - db;
  });
  return chosen.slice(0, TOP_N).map((i) => start + i);
}

/** The k-th largest value (k from 1), by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

function sectionAt(sections: Record<string, [number, number]>, name: SectionName): number {
  return sections[name]?.[0] ?? 0;
}

function bytesOf(array: Uint8Array | Uint16Array | Uint32Array | Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function pad8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
