import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { trapNetwork } from '../../../electron/core/importers/ocr/network-trap';
import { isChineseDocument, judgeTextLayer } from '../../../electron/core/importers/ocr/text-layer';
import type { PdfLine } from '../../../electron/core/importers/pdf/page-lines';

const lines = (...texts: string[]): PdfLine[] => texts.map((text, index) => ({ text, x0: 50, x1: 500, y: 100 + index * 20, size: 12 }));

describe('a PDF page text layer, kept or read again by OCR', () => {
  it('keeps a good Chinese layer', () => {
    expect(judgeTextLayer(lines('科技创新、平台先行。科技创新平台作为科技创新的主要阵地。'), true)).toBe('good');
  });

  it('reads again a page with no text, or only a page number', () => {
    expect(judgeTextLayer([], true)).toBe('empty');
    expect(judgeTextLayer(lines('— 3 —'), true)).toBe('empty');
  });

  it('reads again a layer of private-use glyph codes or replacement characters', () => {
    expect(judgeTextLayer(lines('\uE001\uE002\uE003\uE004\uE005\uE006 科技 \uE007\uE008\uE009\uE00A'), true)).toBe('garbage');
    expect(judgeTextLayer(lines('\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD 科技 \uFFFD\uFFFD\uFFFD'), true)).toBe('garbage');
  });

  it('reads again a Latin-junk layer over a page of a Chinese document, but keeps an English page of an English one', () => {
    const junk = lines('Ã¤Â¸Â­Ã¦â€“â€¡Ã§Å¡â€žÃ¦â€“â€¡Ã¦Å“Â¬');
    expect(isChineseDocument([lines('科技创新、平台先行。科技创新平台作为科技创新的主要阵地。'), junk])).toBe(true);
    expect(judgeTextLayer(junk, true)).toBe('garbage');
    expect(judgeTextLayer(lines('Science and technology bulletin, March 2024'), false)).toBe('good');
  });
});

describe('the OCR worker network trap', () => {
  it('refuses fetch, HTTP, sockets and DNS, tells each attempt, and puts everything back', async () => {
    const attempts: string[] = [];
    const originals = [globalThis.fetch, http.request, net.connect, net.Socket.prototype.connect, dns.lookup];
    const restore = trapNetwork((what) => attempts.push(what));
    try {
      await expect(async () => fetch('http://127.0.0.1:9/')).rejects.toThrow(/offline/);
      expect(() => http.request('http://127.0.0.1:9/')).toThrow(/offline/);
      expect(() => net.connect(9, '127.0.0.1')).toThrow(/offline/);
      expect(() => new net.Socket().connect(9, '127.0.0.1')).toThrow(/offline/);
      expect(() => dns.lookup('localhost', () => undefined)).toThrow(/offline/);
    } finally {
      restore();
    }
    expect(attempts).toEqual(['fetch', 'http.request', 'net.connect', 'net.Socket.connect', 'dns.lookup']);
    expect([globalThis.fetch, http.request, net.connect, net.Socket.prototype.connect, dns.lookup]).toEqual(originals);
  });
});
