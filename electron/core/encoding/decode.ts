import { controlCharacterDensity, describeBinarySignature } from './binary';
import type { BinarySignature } from './binary';
import { decodeLegacyChinese } from './legacy-chinese';
import { countReplacements } from './score';
import { detectUtf16WithoutBom } from './utf16';

export type BulletinEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeFailureCode = 'empty-file' | 'binary-file' | 'unreadable-file';

/** Bytes that did not decode (shown as U+FFFD in the text): how many, and on which lines (1-based). */
export interface DecodeDamage {
  count: number;
  lines: number[];
}

export type DecodeResult =
  | { ok: true; text: string; encoding: BulletinEncoding; damage: DecodeDamage | null }
  | { ok: false; code: DecodeFailureCode; message: string; signature?: BinarySignature };

// PDF-extracted text carries the odd stray control character; binary data is full of them.
const MAX_CONTROL_DENSITY = 0.01;
// Below this, neither GB18030 nor Big5 produced anything that reads as Chinese.
const MIN_LEGACY_SCORE = 0.1;
const MIN_NON_ASCII_FOR_VERDICT = 20;
// Legacy code pages are told apart on the first part of a file (whole lines of it);
// a large file is then decoded once, with the code page chosen.
const LEGACY_SAMPLE_BYTES = 256 * 1024;
// Binary data is recognised from its first bytes without decoding all of it.
const CONTROL_SAMPLE_BYTES = 64 * 1024;
// A few damaged bytes in a long text are replaced and reported, not a reason to refuse the file
// (issue 20, defect 13: one flipped byte refused 83 of 98 copies of the sample). "A few" is at most
// this share of the non-ASCII characters; a text in another encoding read as UTF-8 is nearly all
// replacement characters, far above it.
const MAX_DAMAGED_SHARE = 0.02;
// Below this much Chinese there is too little to tell damage from a wrong encoding.
const MIN_NON_ASCII_FOR_DAMAGE = 50;
// Zero bytes: a stray one is damage; binary data has them everywhere.
const MAX_STRAY_NULS = 4;

/**
 * Turns the bytes of a bulletin text file into text with LF line ends, or says plainly
 * why it cannot. The order matters: a BOM is proof; BOM-less UTF-16 must be recognised
 * before strict UTF-8 (its NULs are valid UTF-8); only then are legacy code pages guessed.
 */
export function decodeBulletinBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return failure('empty-file', 'The file is empty.');

  const signature = describeBinarySignature(bytes);
  if (signature !== null) return { ok: false, code: 'binary-file', message: signature.message, signature: signature.signature };

  const bom = decodeByBom(bytes);
  if (bom !== null) return finish(bom.text, bom.encoding);

  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16 !== null) return finish(new TextDecoder(utf16).decode(bytes), utf16);

  if (countNuls(bytes) > Math.min(MAX_STRAY_NULS, bytes.length / 1000)) {
    return failure(
      'binary-file',
      'This looks like a binary file (it contains NUL bytes), not bulletin text. Choose the .txt file of the bulletin.',
    );
  }

  // In UTF-8, GB18030 and Big5 a byte below 0x20 is always a control character.
  if (controlByteDensity(bytes.subarray(0, CONTROL_SAMPLE_BYTES)) > MAX_CONTROL_DENSITY) return binaryFailure();

  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const damagedUtf8 = decodeDamagedUtf8(bytes);
  if (damagedUtf8 !== null) return finish(damagedUtf8, 'utf-8');

  const sample = legacySample(bytes);
  const legacy = decodeLegacyChinese(sample);
  // Real Chinese in either code page scores well above the floor; mojibake of some other
  // code page (Latin-1, Shift_JIS…) scores near zero and usually leaves replacement marks.
  const looksForeign = countReplacements(legacy.text) > 0 || countNonAscii(legacy.text) >= MIN_NON_ASCII_FOR_VERDICT;
  if (legacy.score < MIN_LEGACY_SCORE && looksForeign) {
    return failure(
      'unreadable-file',
      'The text encoding of this file could not be recognised (it is not UTF-8, UTF-16, GB18030 or Big5 Chinese). Re-save it as UTF-8 and import it again.',
    );
  }
  return finish(sample === bytes ? legacy.text : new TextDecoder(legacy.encoding).decode(bytes), legacy.encoding);
}

/** The first part of the file up to a line break (0x0A is never part of a GB18030 or Big5 character). */
function legacySample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= LEGACY_SAMPLE_BYTES) return bytes;
  const lastBreak = bytes.lastIndexOf(0x0a, LEGACY_SAMPLE_BYTES - 1);
  return bytes.subarray(0, lastBreak > 0 ? lastBreak + 1 : LEGACY_SAMPLE_BYTES);
}

function controlByteDensity(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let controls = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls += 1;
  return controls / bytes.length;
}

function decodeByBom(bytes: Uint8Array): { text: string; encoding: BulletinEncoding } | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = decodeStrictUtf8(bytes.subarray(3));
    // A UTF-8 BOM in front of broken UTF-8: keep what decodes rather than guess further.
    return { text: text ?? new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 with a few bytes that do not decode: the rest is clearly UTF-8 (plenty of valid multi-byte
 * characters), so the damage is replaced rather than the file refused.
 */
function decodeDamagedUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const replaced = countChar(text, '\ufffd');
  const nonAscii = countNonAscii(text);
  if (nonAscii < MIN_NON_ASCII_FOR_DAMAGE || replaced > nonAscii * MAX_DAMAGED_SHARE) return null;
  return text;
}

function finish(raw: string, encoding: BulletinEncoding): DecodeResult {
  // A stray zero byte is damage like any other undecodable byte.
  const text = raw.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\ufffd');
  if (text.trim() === '') return failure('empty-file', 'The file is empty (it holds only blank space).');
  if (controlCharacterDensity(text) > MAX_CONTROL_DENSITY) return binaryFailure();
  return { ok: true, text, encoding, damage: damageIn(text) };
}

/** Where the decoder left U+FFFD, by line. */
function damageIn(text: string): DecodeDamage | null {
  let count = 0;
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line += 1;
    else if (c === 0xfffd) {
      count += 1;
      if (lines.at(-1) !== line) lines.push(line);
    }
  }
  return count === 0 ? null : { count, lines };
}

function countNuls(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0) n += 1;
  return n;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) n += 1;
  return n;
}

function binaryFailure(): DecodeResult {
  return failure(
    'binary-file',
    'This looks like a binary file (it is full of control characters), not bulletin text. Choose the .txt file of the bulletin.',
  );
}

function failure(code: DecodeFailureCode, message: string): DecodeResult {
  return { ok: false, code, message };
}

function countNonAscii(text: string): number {
  let n = 0;
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) >= 0x80) n += 1;
  return n;
}
