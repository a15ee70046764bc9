import { describe, expect, it } from 'vitest';
import {
  articleFileStem,
  issueFileStem,
  MAX_FILE_NAME_BYTES,
  safeFileName,
  uniqueFileName,
  utf8Length,
} from '../../../electron/core/export/file-names';

const issue = { series: '科技情报参考', year: 2024, number: 3, totalNumber: 88 };

describe('export file names', () => {
  it('are made from the issue and the title', () => {
    expect(safeFileName(issueFileStem(issue), 'pdf')).toBe('科技情报参考 2024年第3期.pdf');
    expect(safeFileName(articleFileStem(issue, { title: '武汉出台促进科技成果转化20条新政' }), 'docx')).toBe(
      '科技情报参考 2024年第3期 - 武汉出台促进科技成果转化20条新政.docx',
    );
    expect(issueFileStem({ series: '工作动态', year: null, number: null, totalNumber: 88 })).toBe('工作动态 总第88期');
  });

  it('replace every character Windows forbids, and control characters', () => {
    expect(safeFileName('a\\b/c:d*e?f"g<h>i|j', 'txt')).toBe('a_b_c_d_e_f_g_h_i_j.txt');
    expect(safeFileName('南京：“最后一公里”?', 'md')).toBe('南京：“最后一公里”_.md');
    expect(safeFileName('tab\there\u0000nul\u007f', 'txt')).toBe('tab_here_nul_.txt');
  });

  it('never produce a reserved device name, with or without an extension (one sanitiser turns CON into nothing)', () => {
    for (const name of ['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'LPT9', 'COM¹', 'CONIN$']) {
      const safe = safeFileName(name, 'pdf');
      expect(safe, name).toBe(`_${name}.pdf`);
    }
    expect(safeFileName('CON.tar', 'gz')).toBe('_CON.tar.gz');
    expect(safeFileName('con ', 'txt')).toBe('_con.txt');
    expect(safeFileName('CONSOLE', 'pdf')).toBe('CONSOLE.pdf');
    expect(safeFileName('COM10', 'pdf')).toBe('COM10.pdf');
  });

  it('drop bidi overrides and other invisible direction marks', () => {
    expect(safeFileName('简报\u202Efdp.exe', 'txt')).toBe('简报fdp.exe.txt');
    for (const mark of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
      '\uFEFF',
      '\u200B',
    ]) {
      expect(safeFileName(`a${mark}b`, 'pdf'), mark.codePointAt(0)?.toString(16)).toBe('ab.pdf');
    }
  });

  it('are at most 255 bytes in UTF-8, cut at a whole character, keeping the extension (85 Chinese characters)', () => {
    const long = '科'.repeat(200);
    const name = safeFileName(long, 'pdf');
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name).toBe(`${'科'.repeat(83)}.pdf`);
    expect(safeFileName('科'.repeat(85), '')).toBe('科'.repeat(85));
    // Astral characters (4 bytes, a surrogate pair) and combining marks are never split.
    const astral = safeFileName('𠀀'.repeat(100), 'txt');
    expect(utf8Length(astral)).toBeLessThanOrEqual(255);
    expect(astral).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const combining = safeFileName(`${'a'.repeat(250)}e\u0301\u0301\u0301`, 'pdf');
    expect(combining).toBe(`${'a'.repeat(250)}.pdf`);
  });

  it('are never empty and never hidden', () => {
    expect(safeFileName('', 'pdf')).toBe('bulletin.pdf');
    expect(safeFileName('   ', 'pdf')).toBe('bulletin.pdf');
    expect(safeFileName('...', 'pdf')).toBe('bulletin.pdf');
    expect(safeFileName('\u202E', 'pdf')).toBe('bulletin.pdf');
    expect(safeFileName('.hidden', 'txt')).toBe('hidden.txt');
  });

  it('end without dots or spaces before the extension (Windows would strip them)', () => {
    expect(safeFileName('报告. . ', 'pdf')).toBe('报告.pdf');
    // Cut to fit, the cut must not leave a trailing dot either.
    expect(safeFileName(`${'科'.repeat(83)}. 尾`, 'pdf')).toBe(`${'科'.repeat(83)}.pdf`);
  });

  it('always keep the extension asked for', () => {
    expect(safeFileName('a.pdf', 'docx')).toBe('a.pdf.docx');
    expect(safeFileName('x', '.xlsx')).toBe('x.xlsx');
  });

  it('are unique within one export, without case tricks, and stay within the limit', () => {
    const taken = new Set(['科技情报参考 2024年第3期.pdf']);
    expect(uniqueFileName('科技情报参考 2024年第3期', 'pdf', taken)).toBe('科技情报参考 2024年第3期 (2).pdf');
    expect(uniqueFileName('A', 'pdf', new Set(['a.pdf', 'A (2).PDF']))).toBe('A (3).pdf');
    const long = uniqueFileName('科'.repeat(200), 'pdf', new Set([`${'科'.repeat(83)}.pdf`]));
    expect(utf8Length(long)).toBeLessThanOrEqual(255);
    expect(long.endsWith(' (2).pdf')).toBe(true);
  });

  it('are in NFC, so the same title gives the same name on every system', () => {
    expect(safeFileName('e\u0301', 'txt')).toBe('\u00e9.txt');
  });
});
