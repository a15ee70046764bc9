/**
 * The tag files of a BagIt bag (RFC 8493 §2.1–2.2): their text as written, and their reading,
 * which is strict enough to refuse what it does not understand and lenient where the RFC is
 * (line ends CR, LF or CRLF; one or more spaces between checksum and path).
 */
export const BAGIT_TXT = 'bagit.txt';
export const BAG_INFO_TXT = 'bag-info.txt';
export const MANIFEST_TXT = 'manifest-sha256.txt';
export const TAGMANIFEST_TXT = 'tagmanifest-sha256.txt';
export const BAGIT_VERSION = '1.0';

export function bagitTxt(): string {
  return `BagIt-Version: ${BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n`;
}

/** `Label: value` lines; a value never spans lines (a description's line breaks become spaces). */
export function bagInfoTxt(info: readonly (readonly [string, string])[]): string {
  return info.map(([label, value]) => `${label}: ${value.replace(/[\r\n]+/g, ' ').trim()}\n`).join('');
}

export interface ManifestLine {
  sha256: string;
  path: string;
}

export function manifestTxt(lines: readonly ManifestLine[]): string {
  return lines.map((l) => `${l.sha256}  ${encodeManifestPath(l.path)}\n`).join('');
}

/** RFC 8493 §2.1.3: CR, LF and % in a path are percent-encoded. */
function encodeManifestPath(p: string): string {
  return p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function decodeManifestPath(p: string): string {
  return p.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function linesOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '');
}

/** A manifest's lines, or the first line that is not `<64 hex>  <path>`. */
export function parseManifest(text: string): { lines: ManifestLine[] } | { bad: string } {
  const lines: ManifestLine[] = [];
  for (const line of linesOf(text)) {
    const match = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line);
    if (!match?.[1] || !match[2]) return { bad: line.slice(0, 200) };
    lines.push({ sha256: match[1].toLowerCase(), path: decodeManifestPath(match[2]) });
  }
  return { lines };
}

/**
 * `Label: value` lines, with continuation lines (starting with space or tab) folded in. Labels
 * may repeat in RFC 8493; the first value is kept, which is all this archive reads.
 */
export function parseTagLines(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  let last: string | null = null;
  for (const line of linesOf(text)) {
    if (/^[ \t]/.test(line) && last !== null) {
      out[last] = `${out[last] ?? ''} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    const label = line.slice(0, colon).trim();
    if (!(label in out)) out[label] = line.slice(colon + 1).trim();
    last = label;
  }
  return out;
}

/** `Payload-Oxum: <octets>.<streams>`, or null when it does not parse. */
export function parseOxum(value: string | undefined): { bytes: number; files: number } | null {
  const match = /^(\d{1,20})\.(\d{1,12})$/.exec(value?.trim() ?? '');
  if (!match?.[1] || !match[2]) return null;
  return { bytes: Number(match[1]), files: Number(match[2]) };
}
