import { ANY_DATE } from './dates';
import { removeNameSpacing } from './people';

export interface ColophonFields {
  editor: string | null;
  reviewer: string | null;
  /** 签发; stands in as the reviewer when no 审核 is printed. */
  signer: string | null;
  phone: string | null;
  publisher: string | null;
}

export function emptyColophon(): ColophonFields {
  return { editor: null, reviewer: null, signer: null, phone: null, publisher: null };
}

const LABELS = ['责任编辑', '执行编辑', '编辑', '主编', '审核', '审稿', '签发', '联系电话', '电话', '主办', '编印'] as const;
type Label = (typeof LABELS)[number];
const LABEL_PATTERN = LABELS.join('|');

// Each `label：value` runs until the next label or a wide gap (fields share a line).
const FIELD = new RegExp(`(${LABEL_PATTERN})\\s*[:：]\\s*(.*?)(?=\\s{2,}|\\u3000{2,}|\\s*(?:${LABEL_PATTERN})\\s*[:：]|$)`, 'g');
const FIELD_LINE = new RegExp(`^(?:${LABEL_PATTERN})\\s*[:：]`);

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
      into.reviewer ??= removeNameSpacing(value);
      return;
    case '签发':
      into.signer ??= removeNameSpacing(value);
      into.reviewer ??= into.signer;
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

const MAX_PUBLISHER_LINE = 80;

/** `呼和浩特市科学技术局综合保障中心编辑` → the organisation, or null. */
export function publisherFromLine(line: string): string | null {
  // A name and its verb fill part of a line; a longer one is text (and costly to match).
  if (line.length > MAX_PUBLISHER_LINE || ANY_DATE.test(line)) return null;
  const match = PUBLISHER_LINE.exec(line.trim());
  return match?.[1]?.trim() ?? null;
}
