import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBulletinBytes } from '../../../electron/core/encoding/decode';
import type { DecodeResult } from '../../../electron/core/encoding/decode';

const fixture = (path: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)));

function decoded(result: DecodeResult): { text: string; encoding: string } {
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.message}`);
  return { text: result.text, encoding: result.encoding };
}

const BULLETIN =
  '科技情报参考\n2024 年第 3 期\n内蒙古：高能级创新平台助力科技“突围”\n科技创新、平台先行。科技创新平台作为科技创新的主要阵地，是区域创新体系的重要组成部分。\n';

describe('decodeBulletinBytes: real files from chardet’s corpus', () => {
  it('reads 990 bytes of GB18030 without a declared charset as gb18030', () => {
    const result = decoded(decodeBulletinBytes(fixture('text/_chromium_gb18030_with_no_encoding_specified.html.xml')));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toContain('中国制造的领军者');
  });

  it('reads a 10 KB GB18030 feed as gb18030', () => {
    const result = decoded(decodeBulletinBytes(fixture('text/acnnewswire.net.xml')));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).not.toContain('\ufffd');
  });

  it('reads BOM-less UTF-16LE as utf-16le although it is also valid UTF-8', () => {
    const result = decoded(decodeBulletinBytes(fixture('text/nobom-utf16le.txt')));
    expect(result.encoding).toBe('utf-16le');
    expect(result.text.startsWith('DateTime,Bid,Ask\n07/19/2015')).toBe(true);
    expect(result.text).not.toContain('\u0000');
    expect(result.text).not.toContain('\r');
  });
});

describe('decodeBulletinBytes: encodings', () => {
  it('reads UTF-8 and normalises CRLF and CR to LF', () => {
    const bytes = new TextEncoder().encode('科技情报参考\r\n2024 年第 3 期\r第二行\n');
    expect(decodeBulletinBytes(bytes)).toEqual({ ok: true, encoding: 'utf-8', text: '科技情报参考\n2024 年第 3 期\n第二行\n', damage: null });
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(BULLETIN)]);
    expect(decoded(decodeBulletinBytes(bytes)).text).toBe(BULLETIN);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM, even when the text has no ASCII', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('科技情报参考', 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('科技情报参考', 'utf16-be')]);
    expect(decoded(decodeBulletinBytes(le))).toMatchObject({ encoding: 'utf-16le', text: '科技情报参考' });
    expect(decoded(decodeBulletinBytes(be))).toMatchObject({ encoding: 'utf-16be', text: '科技情报参考' });
  });

  it('reads BOM-less UTF-16BE of mostly ASCII text', () => {
    const bytes = iconv.encode('Issue 3, 2024\nPage 2\n科技\n', 'utf16-be');
    expect(decoded(decodeBulletinBytes(bytes))).toMatchObject({ encoding: 'utf-16be', text: 'Issue 3, 2024\nPage 2\n科技\n' });
  });

  it('reads GB18030 bulletin text as gb18030', () => {
    const result = decoded(decodeBulletinBytes(iconv.encode(BULLETIN, 'gb18030')));
    expect(result).toMatchObject({ encoding: 'gb18030', text: BULLETIN });
  });

  it('reads a short GB18030 title as gb18030', () => {
    expect(decoded(decodeBulletinBytes(iconv.encode('稀土新材料中试基地建成投用', 'gb18030'))).encoding).toBe('gb18030');
  });

  it('reads Big5 text as big5, not as the GB18030 mojibake it also decodes to', () => {
    const text = '科技動態\n臺中市精密機械產業聚落持續推動智慧製造，今年已有八十家企業導入數位化生產系統。\n';
    const result = decoded(decodeBulletinBytes(iconv.encode(text, 'big5')));
    expect(result).toMatchObject({ encoding: 'big5', text });
  });

  it('reads the Big5 bulletin fixture as big5', () => {
    const result = decoded(decodeBulletinBytes(fixture('bulletins/keji-dongtai-2024-02.big5.txt')));
    expect(result.encoding).toBe('big5');
    expect(result.text).toContain('精密機械產業推動智慧製造升級');
  });
});

describe('decodeBulletinBytes: what is not bulletin text', () => {
  it('rejects an empty file', () => {
    expect(decodeBulletinBytes(new Uint8Array())).toEqual({ ok: false, code: 'empty-file', message: 'The file is empty.' });
  });

  it('rejects a file of blank lines as empty', () => {
    expect(decodeBulletinBytes(new TextEncoder().encode('\r\n  \n\t\n'))).toMatchObject({ ok: false, code: 'empty-file' });
  });

  it('rejects a PDF too damaged to be read as one, and says it is a damaged PDF', () => {
    const result = decodeBulletinBytes(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'));
    expect(result).toMatchObject({ ok: false, code: 'binary-file', signature: 'pdf' });
    if (!result.ok) expect(result.message).toMatch(/too damaged/);
  });

  it('rejects a ZIP that is no Word file as a ZIP archive to unpack (issue 20: not "Word import is not supported")', () => {
    const result = decodeBulletinBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(result).toMatchObject({ ok: false, code: 'binary-file', signature: 'zip' });
    if (!result.ok) expect(result.message).toMatch(/ZIP archive.*Unpack it/);
  });

  it('rejects data with scattered NUL bytes', () => {
    const bytes = new Uint8Array(256).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)));
    expect(decodeBulletinBytes(bytes)).toMatchObject({ ok: false, code: 'binary-file' });
  });

  it('rejects text dense with control characters', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x61));
    expect(decodeBulletinBytes(bytes)).toMatchObject({ ok: false, code: 'binary-file' });
  });

  it('rejects text in a code page that is neither UTF nor Chinese', () => {
    const bytes = iconv.encode('Café crème brûlée à la française, très élégant, naïve façade.', 'latin1');
    expect(decodeBulletinBytes(bytes)).toMatchObject({ ok: false, code: 'unreadable-file' });
  });
});
