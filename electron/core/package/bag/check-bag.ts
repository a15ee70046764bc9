import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { BagProblem, PackageRun } from '../../../../shared/package';
import { isPayloadPath, unsafeBagPath } from './bag-path';
import type { BagLimits, BagSource } from './bag-source';
import { ChecksumStream } from './checksum-stream';
import { BAG_INFO_TXT, BAGIT_TXT, MANIFEST_TXT, TAGMANIFEST_TXT, parseManifest, parseOxum, parseTagLines } from './tag-files';
import type { ManifestLine } from './tag-files';

/** What a check of a bag found: its bag-info, its manifest (when it parsed), and every problem. */
export interface BagCheck {
  bagInfo: Record<string, string>;
  manifest: ManifestLine[];
  files: number;
  payloadBytes: number;
  problems: BagProblem[];
}

/** Tag files are read whole: a manifest of a million lines is about 100 MB, nothing legitimate is more. */
const MAX_TAG_FILE = 256 * 1024 * 1024;
const KNOWN_VERSIONS = new Set(['0.97', '1.0']);

/**
 * Checks a bag against RFC 8493: bagit.txt, bag-info.txt's Payload-Oxum (a claim over the limits
 * is refused before any payload is read), every path (no `..`, nothing absolute, nothing outside
 * `data/` but the tag files), no links, every manifest line recomputed, every payload file
 * listed, and the tag manifest. Never throws for a bad bag: every problem is listed.
 */
export async function checkBag(source: BagSource, limits: BagLimits, run: PackageRun = {}): Promise<BagCheck> {
  const problems: BagProblem[] = [];
  const result = (extra: Partial<BagCheck> = {}): BagCheck => ({ bagInfo: {}, manifest: [], files: 0, payloadBytes: 0, problems, ...extra });

  const files = new Map<string, number>();
  let listedBytes = 0;
  for (const entry of source.entries) {
    const unsafe = unsafeBagPath(entry.path);
    if (unsafe !== null) problems.push({ problem: 'outside-data', path: printable(entry.path), detail: unsafe });
    else if (entry.kind === 'symlink') problems.push({ problem: 'symlink', path: entry.path });
    else if (entry.kind === 'other') problems.push({ problem: 'symlink', path: entry.path, detail: 'not a regular file or folder' });
    else if (entry.kind === 'file') {
      if (files.has(entry.path)) problems.push({ problem: 'malformed', path: entry.path, detail: 'listed twice in the container' });
      files.set(entry.path, entry.size);
      listedBytes += entry.size;
    }
  }
  if (files.size > limits.maxFiles || listedBytes > limits.maxBytes) {
    problems.push({ problem: 'too-large', detail: `${files.size} files, ${listedBytes} bytes; at most ${limits.maxFiles} files, ${limits.maxBytes} bytes` });
    return result();
  }

  const bagit = await readTag(source, files, BAGIT_TXT);
  const declaration = bagit === null ? null : parseTagLines(bagit);
  const version = declaration?.['BagIt-Version'];
  if (version === undefined || !KNOWN_VERSIONS.has(version) || (declaration?.['Tag-File-Character-Encoding'] ?? '').toUpperCase() !== 'UTF-8') {
    problems.push({ problem: 'not-a-bag', path: BAGIT_TXT, detail: bagit === null ? 'no bagit.txt' : `BagIt-Version ${version ?? '?'}, encoding ${declaration?.['Tag-File-Character-Encoding'] ?? '?'}` });
    return result();
  }

  const infoText = await readTag(source, files, BAG_INFO_TXT);
  const bagInfo = infoText === null ? {} : parseTagLines(infoText);
  if (bagInfo === null) problems.push({ problem: 'malformed', path: BAG_INFO_TXT });
  const info = bagInfo ?? {};
  const oxumText = info['Payload-Oxum'];
  const oxum = parseOxum(oxumText);
  if (oxumText !== undefined && oxum === null) problems.push({ problem: 'malformed', path: BAG_INFO_TXT, detail: `Payload-Oxum "${oxumText.slice(0, 40)}"` });
  if (oxum !== null && (oxum.bytes > limits.maxBytes || oxum.files > limits.maxFiles)) {
    problems.push({ problem: 'too-large', path: BAG_INFO_TXT, detail: `Payload-Oxum claims ${oxum.bytes} bytes in ${oxum.files} files; at most ${limits.maxBytes} bytes, ${limits.maxFiles} files` });
    return result({ bagInfo: info });
  }

  const manifestText = await readTag(source, files, MANIFEST_TXT);
  if (manifestText === null) {
    problems.push({ problem: 'not-a-bag', path: MANIFEST_TXT, detail: 'no SHA-256 payload manifest' });
    return result({ bagInfo: info });
  }
  const parsed = parseManifest(manifestText);
  if ('bad' in parsed) {
    problems.push({ problem: 'malformed', path: MANIFEST_TXT, detail: `line "${printable(parsed.bad)}"` });
    return result({ bagInfo: info });
  }
  const manifest: ManifestLine[] = [];
  const listed = new Set<string>();
  for (const line of parsed.lines) {
    const unsafe = unsafeBagPath(line.path);
    if (unsafe !== null || !isPayloadPath(line.path)) {
      problems.push({ problem: 'outside-data', path: printable(line.path), detail: `${MANIFEST_TXT}: ${unsafe ?? 'not under data/'}` });
      continue;
    }
    if (listed.has(line.path)) continue;
    listed.add(line.path);
    manifest.push(line);
  }

  const payload = [...files.keys()].filter(isPayloadPath);
  for (const p of payload) if (!listed.has(p)) problems.push({ problem: 'not-in-manifest', path: p });
  const payloadBytes = payload.reduce((sum, p) => sum + (files.get(p) ?? 0), 0);
  if (oxum !== null && (oxum.bytes !== payloadBytes || oxum.files !== payload.length)) {
    problems.push({ problem: 'oxum-mismatch', path: BAG_INFO_TXT, detail: `Payload-Oxum ${oxumText ?? ''}, found ${payloadBytes}.${payload.length}` });
  }

  let done = 0;
  for (const line of manifest) {
    run.signal?.throwIfAborted();
    done += 1;
    run.onProgress?.({ phase: 'verify', done, total: manifest.length, item: line.path });
    if (!files.has(line.path)) {
      problems.push({ problem: 'missing', path: line.path });
      continue;
    }
    const found = await hashOf(source, line.path, files.get(line.path) ?? 0);
    if ('problem' in found) problems.push({ problem: found.problem, path: line.path, detail: found.detail });
    else if (found.sha256 !== line.sha256) problems.push({ problem: 'checksum-mismatch', path: line.path, detail: `sha256 ${line.sha256}, found ${found.sha256}` });
  }

  const tagText = await readTag(source, files, TAGMANIFEST_TXT);
  if (tagText !== null) {
    const tags = parseManifest(tagText);
    if ('bad' in tags) problems.push({ problem: 'malformed', path: TAGMANIFEST_TXT, detail: `line "${printable(tags.bad)}"` });
    else {
      for (const line of tags.lines) {
        const unsafe = unsafeBagPath(line.path);
        if (unsafe !== null || isPayloadPath(line.path)) {
          problems.push({ problem: 'outside-data', path: printable(line.path), detail: `${TAGMANIFEST_TXT}: ${unsafe ?? 'a payload file in the tag manifest'}` });
          continue;
        }
        if (!files.has(line.path)) {
          problems.push({ problem: 'tagmanifest-mismatch', path: line.path, detail: 'listed in the tag manifest, absent' });
          continue;
        }
        const found = await hashOf(source, line.path, files.get(line.path) ?? 0);
        if ('problem' in found) problems.push({ problem: found.problem, path: line.path, detail: found.detail });
        else if (found.sha256 !== line.sha256) problems.push({ problem: 'tagmanifest-mismatch', path: line.path, detail: `sha256 ${line.sha256}, found ${found.sha256}` });
      }
    }
  }
  return { bagInfo: info, manifest, files: payload.length, payloadBytes, problems };
}

/** A tag file's text, or null when the bag has none; a tag file over the limit is not read. */
async function readTag(source: BagSource, files: ReadonlyMap<string, number>, name: string): Promise<string | null> {
  const size = files.get(name);
  if (size === undefined || size > MAX_TAG_FILE) return null;
  const chunks: Buffer[] = [];
  try {
    await pipeline(await source.open(name), new Writable({ write: (chunk: Buffer, _enc, done) => void (chunks.push(chunk), done()) }));
  } catch {
    return null;
  }
  return Buffer.concat(chunks).toString('utf8');
}

type Hashed = { sha256: string; bytes: number } | { problem: 'truncated' | 'too-large'; detail: string };

/** Recomputes a file's checksum; a stream that fails or yields more or fewer bytes than declared is a problem, not a throw. */
async function hashOf(source: BagSource, bagPath: string, declared: number): Promise<Hashed> {
  const checksum = new ChecksumStream();
  let stream: Readable;
  try {
    stream = await source.open(bagPath);
    await pipeline(stream, checksum, new Writable({ write: (_chunk, _enc, done) => done() }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // yauzl says "too many bytes in the stream" when an entry inflates past its declared size.
    return /too many bytes|bomb/i.test(message) ? { problem: 'too-large', detail: message } : { problem: 'truncated', detail: message };
  }
  if (checksum.bytes !== declared) return { problem: 'too-large', detail: `declared ${declared} bytes, read ${checksum.bytes}` };
  return { sha256: checksum.sha256, bytes: checksum.bytes };
}

/** A path from a hostile bag, safe to print: control characters shown as `?`, length bounded. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 300);
}
