import type { ParsedMarks } from '../../../shared/bulletin';

// Circulation notices printed above or beside the series title; never the series, never articles.
const NOTICE_WORDS = ['内部资料', '内部参考', '内部刊物', '内部交流', '注意保存', '妥善保存', '仅供参考', '请勿外传', '供领导参阅', '免费交流'];
const NOTICE = new RegExp(`(?:^|[\\s，,、])(?:[★☆]\\s*)?(${NOTICE_WORDS.join('|')})(?=$|[\\s，,、])`, 'g');
// 密级 with its term (`秘密★1年`, `机密★长期`): a word of its own, so `商业秘密保护` is not one.
const SECURITY = /(?:^|\s)((?:绝密|机密|秘密)(?:\s*★\s*[^\s，,]{1,6})?)(?=$|\s)/;
// `内部资料性出版物准印证：蒙K-2023-012号`, `准印证号：…`: the whole line is the permit.
const PERMIT = /^(?:内部资料性出版物)?准印证(?:号)?\s*[:：]?\s*(\S.*)$/;

export interface LineMarks {
  notices: string[];
  security: string | null;
  permit: string | null;
  /** The line without the marks. */
  rest: string;
}

export function emptyMarks(): ParsedMarks {
  return { notices: [], security: null, permit: null };
}

/** The marks a masthead line prints, and what is left of it. */
export function readMarks(line: string): LineMarks {
  const permit = PERMIT.exec(line);
  if (permit !== null) return { notices: [], security: null, permit: (permit[1] ?? '').trim(), rest: '' };
  const notices: string[] = [];
  let rest = line.replace(NOTICE, (whole: string, word: string) => {
    notices.push(word);
    return whole.startsWith(word) || /^[★☆]/.test(whole) ? ' ' : `${whole[0] ?? ''} `;
  });
  const security = SECURITY.exec(rest);
  if (security !== null) rest = rest.replace(security[1] ?? '', ' ');
  return { notices, security: security?.[1]?.replace(/\s+/g, '') ?? null, permit: null, rest: rest.trim() };
}
