import type { ParsedClosing, ParsedDistribution } from '../../../shared/bulletin';
import { emptyColophon, isColophonFieldLine, publisherFromLine, readColophonFields } from './colophon';
import type { ColophonFields } from './colophon';
import { isoDateFromLine } from './dates';
import { RULES } from './rules';
import type { RuleName } from './rules';

/** 版记: the closing block, its fields and where each was read (body line indices). */
export interface ClosingBlock {
  /** Index of the first line of the block; lines from here on are not article text. */
  start: number;
  fields: ColophonFields;
  closing: ParsedClosing;
  evidence: { field: string; line: number; rule: RuleName }[];
}

const DISTRIBUTION = /^(报|送|发|抄送|抄报|主送|分送|印送|报送)\s*[:：]\s*(.*)$/;
const PRINT_RUN = /^[（(]?\s*共印\s*(\d+)\s*份\s*[）)]?$/;
const PRINTED = /\s*(?:印发|编印|印)$/;
const RECIPIENT_SEPARATORS = /[、，,；;]/;
const MAX_WRAP_LENGTH = 80;

export function emptyClosing(): ParsedClosing {
  return { distribution: [], printedBy: null, printedOn: null, printRun: null, signedBy: null };
}

/**
 * Finds the closing block of an issue (publisher line, `编辑：`, `审核：`, `电话：`, `报：` /
 * `送：` / `抄送：` / `主送：` lists, `XX办公室 2023年6月8日印发`, `（共印 N 份）`) so that none
 * of it is read as article text. The block is the earliest point from which every remaining
 * line belongs to it.
 */
export function findClosing(lines: readonly string[], from: number): ClosingBlock | null {
  // A line belongs to the block if it is a closing line itself, or a short line wrapping the
  // distribution list printed just before it. That depends only on the lines above it, so one
  // pass finds, for each line, whether it could be in the block; the block then starts at the
  // earliest closing line from which every line could be.
  const belongs: boolean[] = [];
  const opens: boolean[] = [];
  let inDistribution = false;
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const opensBlock = startsClosing(line);
    opens.push(opensBlock);
    if (opensBlock) {
      inDistribution = DISTRIBUTION.test(line) && !/[。.]\s*$/.test(line);
      belongs.push(true);
    } else {
      belongs.push(inDistribution && line.length <= MAX_WRAP_LENGTH);
    }
  }
  let start: number | null = null;
  for (let k = belongs.length - 1; k >= 0 && belongs[k] === true; k -= 1) {
    if (opens[k] === true) start = from + k;
  }
  return start === null ? null : readClosing(lines, start);
}

function readClosing(lines: readonly string[], start: number): ClosingBlock {
  const block: ClosingBlock = { start, fields: emptyColophon(), closing: emptyClosing(), evidence: [] };
  const { closing, fields, evidence } = block;
  let open: ParsedDistribution | null = null;
  let openEndsWithSeparator = false;
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const distribution = DISTRIBUTION.exec(line);
    if (distribution !== null) {
      open = { role: distribution[1] ?? '', recipients: splitRecipients(distribution[2] ?? '') };
      openEndsWithSeparator = RECIPIENT_SEPARATORS.test(line.slice(-1));
      evidence.push({ field: `closing.distribution.${closing.distribution.length}`, line: i, rule: RULES.distribution });
      closing.distribution.push(open);
      continue;
    }
    if (!startsClosing(line) && open !== null) {
      // A wrapped list: a name cut at the line end continues on the next line.
      const more = splitRecipients(line);
      const last = open.recipients.length - 1;
      if (!openEndsWithSeparator && last >= 0 && more.length > 0) open.recipients[last] = `${open.recipients[last] ?? ''}${more.shift() ?? ''}`;
      open.recipients.push(...more);
      openEndsWithSeparator = RECIPIENT_SEPARATORS.test(line.slice(-1));
      evidence.push({ field: `closing.distribution.${closing.distribution.length - 1}`, line: i, rule: RULES.distribution });
      continue;
    }
    open = null;
    const run = PRINT_RUN.exec(line);
    if (run !== null) {
      closing.printRun ??= Number(run[1]);
      evidence.push({ field: 'closing.printRun', line: i, rule: RULES.printRun });
      continue;
    }
    const printing = printingLine(line);
    if (printing !== null) {
      if (closing.printedOn === null) {
        closing.printedOn = printing.on;
        closing.printedBy = printing.by;
        evidence.push({ field: 'closing.printedOn', line: i, rule: RULES.printingLine });
        if (printing.by !== null) evidence.push({ field: 'closing.printedBy', line: i, rule: RULES.printingLine });
      }
      continue;
    }
    const before = { ...fields };
    readColophonFields(line, fields);
    const publisher = fields.publisher === null ? publisherFromLine(line) : null;
    if (publisher !== null) {
      fields.publisher = publisher;
      evidence.push({ field: 'publisher', line: i, rule: RULES.closingPublisher });
    }
    for (const field of ['editor', 'reviewer', 'phone', 'publisher'] as const) {
      if (before[field] === null && fields[field] !== null && publisher === null) evidence.push({ field, line: i, rule: RULES.colophonField });
    }
    if (before.signer === null && fields.signer !== null) {
      closing.signedBy = fields.signer;
      evidence.push({ field: 'closing.signedBy', line: i, rule: RULES.colophonField });
    }
  }
  return block;
}

function splitRecipients(text: string): string[] {
  return text
    .split(RECIPIENT_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** `包头市科学技术局办公室          2023年6月8日印发` → who and when; null for any other line. */
function printingLine(line: string): { by: string | null; on: string } | null {
  const date = isoDateFromLine(line);
  if (date === null) return null;
  const by = date.rest.replace(PRINTED, '').trim();
  if (/\s/.test(by) || by.length > 30 || /[，。；：:,;]/.test(by)) return null;
  return { by: by === '' ? null : by, on: date.iso };
}

function startsClosing(line: string): boolean {
  return (
    isColophonFieldLine(line) || DISTRIBUTION.test(line) || PRINT_RUN.test(line) || publisherFromLine(line) !== null || printingLine(line) !== null
  );
}
