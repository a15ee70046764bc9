import { failure } from '../extract/types';
import type { ExtractFailure } from '../extract/types';

/**
 * A damaged Word file. What the zip and XML libraries say is for their authors ("[xmldom error] …
 * line:undefined", "Bug : uncompressed data size mismatch", "Cannot read properties of undefined"):
 * the person is told what kind of damage it is and what to do (issue 20, defect 12). Details that
 * are already plain (from our own zip check) are kept.
 */
export function damagedDocx(name: string, detail: string): ExtractFailure {
  const damage = docxDamageOf(detail);
  if (damage !== null) return failure('damaged-docx', { code: 'damaged-docx-content', file: name, damage });
  return failure('damaged-docx', { code: 'damaged-docx', file: name, detail });
}

const BROKEN_XML = /xmldom|line:\s*undefined|unclosed|not well-formed|invalid xml|end tag|attribute|entity|non-whitespace before first tag|unexpected close tag|sax/i;
const CORRUPT_ZIP =
  /uncompressed data size mismatch|corrupted zip|crc32|invalid (?:stored block|distance|code|block type|literal)|unexpected end|end of (?:data|central directory)|zlib|inflate|incorrect header|too many length|invalid signature|relative offset|local file header|compression/i;
const INCOMPLETE = /cannot read propert|is not a function|of undefined|of null|could not find file|is not defined|undefined|null/i;

/** The kind of damage behind a library's message, or null when the message is our own plain one. */
export function docxDamageOf(detail: string): 'broken-xml' | 'corrupt-zip' | 'incomplete' | null {
  if (BROKEN_XML.test(detail)) return 'broken-xml';
  if (CORRUPT_ZIP.test(detail)) return 'corrupt-zip';
  if (INCOMPLETE.test(detail)) return 'incomplete';
  return null;
}

export function docxTooLarge(name: string, megabytes: number): ExtractFailure {
  return failure('docx-too-large', { code: 'docx-too-large', file: name, megabytes });
}
