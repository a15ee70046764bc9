import mammoth from 'mammoth';
import type { ArchiveMessage } from '../../../../shared/messages';
import type { ExtractedText } from '../extract/types';
import { damagedDocx, docxTooLarge } from './docx-failures';
import { htmlToParagraphLines } from './html-lines';
import { checkDocxZip } from './zip-guard';

const MAX_WARNINGS = 5;
// Style names mammoth has no mapping for: normal in every real document, noise to a cataloguer.
const NOISE = /^Unrecognised (?:paragraph|run|table) style/;
// The XML parser's complaints about a damaged part are its authors' business ("[xmldom error] …
// line:undefined"): the person gets one plain warning in their language instead.
const XML_COMPLAINT = /xmldom|line:\s*undefined/i;

/** A Word document's text as the bulletin parser wants it. Runs inside the extraction worker. */
export async function extractDocx(name: string, bytes: Uint8Array): Promise<ExtractedText> {
  const verdict = await checkDocxZip(bytes);
  if (!verdict.ok) return verdict.reason === 'too-large' ? docxTooLarge(name, verdict.limitMb) : damagedDocx(name, verdict.detail);

  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Never read a linked file from disk (CVE-2025-11849); mammoth ≥ 1.11 defaults to this.
        externalFileAccess: false,
        // Pictures carry no text: don't unpack them into data URIs.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    return damagedDocx(name, (error instanceof Error ? error.message : String(error)).replace(/\.$/, ''));
  }
  const text = htmlToParagraphLines(result.value);
  // mammoth's own notes are English with no codes; they are passed on word for word.
  const messages = result.messages.map((m) => m.message);
  const notes = [...new Set(messages.filter((m) => !NOISE.test(m) && !XML_COMPLAINT.test(m)))].slice(0, MAX_WARNINGS);
  const warnings: ArchiveMessage[] = notes.map((note) => ({ code: 'docx-reader-note', note }));
  if (messages.some((m) => XML_COMPLAINT.test(m))) warnings.push({ code: 'damaged-docx-content', file: name, damage: 'broken-xml' });
  // A valid document with only pictures is not damaged: the parser will say it is no bulletin.
  if (text === '') warnings.push({ code: 'docx-no-text', file: name });
  return { ok: true, kind: 'docx', text, warnings };
}
