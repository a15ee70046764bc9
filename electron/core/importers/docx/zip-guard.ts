import { fromBufferPromise } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

export interface ZipLimits {
  /** XML parts, which mammoth unpacks and parses in memory. */
  maxXmlBytes: number;
  /** Everything, pictures included, as the zip declares it. */
  maxTotalBytes: number;
  /** Unpacked size over packed size, checked once the total passes `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
  maxEntries: number;
}

const MB = 1024 * 1024;
// A bulletin's XML is well under 5 MB; a 205 KB file was measured expanding to 200 MB of XML
// and 609 MB of memory inside mammoth.
export const DOCX_LIMITS: ZipLimits = {
  maxXmlBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 100,
  ratioFromBytes: 10 * MB,
  maxEntries: 10_000,
};

export type ZipVerdict =
  { ok: true } | { ok: false; reason: 'too-large'; limitMb: number } | { ok: false; reason: 'damaged'; detail: string };

const XML_PART = /\.(?:xml|rels)$/i;

/**
 * Checks a .docx before mammoth unpacks it: the sizes the zip declares, then the XML parts
 * actually inflated with a running count, because declared sizes can lie. Pictures are
 * counted as declared only: nothing here reads them.
 */
export async function checkDocxZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<ZipVerdict> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: false,
      autoClose: false,
    });
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: messageOf(error) };
  }
  try {
    return await inspect(zip, bytes.byteLength, limits);
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: messageOf(error) };
  } finally {
    zip.close();
  }
}

async function inspect(zip: ZipFile, packedBytes: number, limits: ZipLimits): Promise<ZipVerdict> {
  if (zip.entryCount > limits.maxEntries) return { ok: false, reason: 'damaged', detail: `it holds ${zip.entryCount} parts` };
  const entries: Entry[] = [];
  for await (const entry of zip.eachEntry()) entries.push(entry);
  if (!entries.some((entry) => entry.fileName === 'word/document.xml')) {
    return { ok: false, reason: 'damaged', detail: 'it has no word/document.xml' };
  }

  const xml = entries.filter((entry) => XML_PART.test(entry.fileName));
  const declaredTotal = sum(entries.map((entry) => entry.uncompressedSize));
  const declaredXml = sum(xml.map((entry) => entry.uncompressedSize));
  if (declaredXml > limits.maxXmlBytes) return tooLarge(limits.maxXmlBytes);
  if (declaredTotal > limits.maxTotalBytes) return tooLarge(limits.maxTotalBytes);
  if (declaredTotal > limits.ratioFromBytes && declaredTotal / Math.max(1, packedBytes) > limits.maxRatio) {
    return tooLarge(declaredTotal);
  }

  let inflated = 0;
  for (const entry of xml) {
    if (entry.isEncrypted()) return { ok: false, reason: 'damaged', detail: `${entry.fileName} is encrypted` };
    if (!entry.canDecodeFileData()) return { ok: false, reason: 'damaged', detail: `${entry.fileName} uses an unknown compression` };
    inflated = await countInflated(zip, entry, inflated, limits.maxXmlBytes);
    if (inflated > limits.maxXmlBytes) return tooLarge(limits.maxXmlBytes);
  }
  return { ok: true };
}

/** Inflates one entry, counting, and stops reading as soon as the running total passes the cap. */
async function countInflated(zip: ZipFile, entry: Entry, start: number, cap: number): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  let total = start;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > cap) break;
    }
  } finally {
    stream.destroy();
  }
  return total;
}

function tooLarge(limitBytes: number): ZipVerdict {
  return { ok: false, reason: 'too-large', limitMb: Math.round(limitBytes / MB) };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
