import { DATE_IN_LINE } from './dates';
import { removeNameSpacing } from './people';

export interface ColophonFields {
  editor: string | null;
  reviewer: string | null;
  phone: string | null;
  publisher: string | null;
}

export function emptyColophon(): ColophonFields {
  return { editor: null, reviewer: null, phone: null, publisher: null };
}

const LABELS = ['责任编辑', '执行编辑', '编辑', '主编', '审核', '审稿', '签发', '联系电话', '电话', '主办', '编印'] as const;
type Label = (typeof LABELS)[number];
const LABEL_PATTERN = LABELS.join('|');

// Each `label：value` runs until the next label or a wide gap (fields share a line).
const FIELD = new RegExp(`(${LABEL_PATTERN})\\s*[:：]\\s*(.*?)(?=\\s{2,}|\\u3000{2,}|\\s*(?:${LABEL_PATTERN})\\s*[:：]|$)`, 'g');
const FIELD_LINE = new RegExp(`^(?:${LABEL_PATTERN})\\s*[:：]`);

const DISTRIBUTION = /^(?:报|送|抄送|抄报|发|分送|印送|报送)\s*[:：]/;
const PRINT_RUN = /[（(]\s*共印\s*\d+\s*份\s*[）)]/;
// Traditional forms too: Big5 bulletins print 編印. A bare 编 (`市农业农村局编`) counts only
// after an organisation's name, since titles end in 汇编 and the like.
const PUBLISHER_LINE =
  /^(\S.{1,38}?)\s*(?:编辑|编印|主办|印发|编发|編輯|編印|編發|(?<=(?:局|委|委员会|办|办公室|厅|院|所|中心|会|协|联|部|处|站|社)\s{0,2})[编編])$/;

/** Is this line a colophon field such as `编辑：李 涛` or `审核：王建国    电话：4366683`? */
export function isColophonFieldLine(line: string): boolean {
  return FIELD_LINE.test(line) && line.length <= 80;
}

/** Reads the fields of one colophon line into `into`; a field already set is kept. */
export function readColophonFields(line: string, into: ColophonFields): void {
  for (const match of line.matchAll(FIELD)) {
    const label = match[1] as Label | undefined;
    const value = (match[2] ?? '').trim();
    if (label === undefined || value === '') continue;
    assignField(label, value, into);
  }
}

function assignField(label: Label, value: string, into: ColophonFields): void {
  switch (label) {
    case '责任编辑':
    case '执行编辑':
    case '编辑':
      into.editor ??= removeNameSpacing(value);
      return;
    case '主编':
      // The chief editor stands in only when no working editor is named.
      return;
    case '审核':
    case '审稿':
    case '签发':
      into.reviewer ??= removeNameSpacing(value);
      return;
    case '联系电话':
    case '电话':
      into.phone ??= value.replace(/\s+/g, '');
      return;
    case '主办':
    case '编印':
      into.publisher ??= value;
      return;
    default: {
      const unreachable: never = label;
      return unreachable;
    }
  }
}

/** `呼和浩特市科学技术局综合保障中心编辑` → the organisation, or null. */
export function publisherFromLine(line: string): string | null {
  if (DATE_IN_LINE.test(line)) return null;
  const match = PUBLISHER_LINE.exec(line.trim());
  return match?.[1]?.trim() ?? null;
}

export interface ColophonTail {
  /** Index of the first line of the closing colophon; lines from here on are not article text. */
  start: number;
  fields: ColophonFields;
}

/**
 * Finds the closing block of an issue (publisher line, `编辑：`, `审核：`, `电话：`,
 * `报：` / `送：` lists, `（共印 N 份）`) so that none of it is read as article text.
 * The block is the earliest point from which every remaining line belongs to it.
 */
export function findColophonTail(lines: readonly string[], from: number): ColophonTail | null {
  // A line belongs to the tail if it is a colophon line itself, or a short line wrapping
  // the distribution list (`送：…`) printed just before it. That depends only on the lines
  // above it, so one pass finds, for each line, whether it could be tail; the tail then
  // starts at the earliest colophon line from which every line could be.
  const belongs: boolean[] = [];
  const opens: boolean[] = [];
  let inDistribution = false;
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const opensTail = startsTail(line);
    opens.push(opensTail);
    if (opensTail) {
      inDistribution = DISTRIBUTION.test(line) && !/[。.]\s*$/.test(line);
      belongs.push(true);
    } else {
      // A long distribution list wraps onto following lines.
      belongs.push(inDistribution && line.length <= 80);
    }
  }
  let start: number | null = null;
  for (let k = belongs.length - 1; k >= 0 && belongs[k] === true; k -= 1) {
    if (opens[k] === true) start = from + k;
  }
  if (start === null) return null;
  const fields = emptyColophon();
  for (const line of lines.slice(start)) {
    readColophonFields(line, fields);
    fields.publisher ??= publisherFromLine(line);
  }
  return { start, fields };
}

function startsTail(line: string): boolean {
  return (
    isColophonFieldLine(line) ||
    DISTRIBUTION.test(line) ||
    PRINT_RUN.test(line) ||
    publisherFromLine(line) !== null ||
    /^\S{0,20}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|编印|印)?$/.test(line)
  );
}
