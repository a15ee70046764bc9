import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBulletinBytes } from '../../../electron/core/encoding/decode';
import { readBulletin } from '../../../electron/core/importers/read-bulletin';
import { sampleBytes } from '../../helpers/temp-library';

/**
 * Issue 20, defect 13: one corrupt byte made a whole text bulletin unimportable (83 of 98
 * single-byte flips of the sample: "encoding could not be recognised"). A few undecodable bytes
 * are now replaced and reported with their line; true binary garbage is still refused.
 */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Copies of `bytes`, each with one byte at a seeded position flipped to a seeded other value. */
function singleByteFlips(bytes: Buffer, count: number, seed: number): { at: number; copy: Buffer }[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const at = Math.floor(random() * bytes.length);
    const copy = Buffer.from(bytes);
    copy[at] = (copy[at]! ^ (1 + Math.floor(random() * 255))) & 0xff;
    return { at, copy };
  });
}

const lineOf = (bytes: Buffer, at: number): number => bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;

describe.each([
  ['UTF-8', sampleBytes()],
  ['GB18030', iconv.encode(sampleBytes().toString('utf8'), 'gb18030')],
])('one flipped byte in the sample as %s', (encoding, original) => {
  const flips = singleByteFlips(original, 98, encoding === 'UTF-8' ? 20 : 18030);

  it('imports every copy; where a byte no longer decodes, a warning names its line', async () => {
    let warned = 0;
    for (const { at, copy } of flips) {
      const read = await readBulletin('flipped.txt', copy);
      expect(read.parsed.articles.length).toBeGreaterThan(0);
      const warning = read.parsed.warnings.find((w) => w.code === 'undecodable-bytes');
      if (read.text.includes('\ufffd')) {
        // The line named is the one that shows the damage, where the flipped byte is (a flip to a
        // line break moves it down by one).
        const shown = read.text.split('\n').findIndex((line) => line.includes('\ufffd')) + 1;
        expect(warning).toMatchObject({ code: 'undecodable-bytes', encoding, lines: String(shown) });
        expect(Math.abs(shown - lineOf(copy, at))).toBeLessThanOrEqual(1);
        warned += 1;
      } else {
        expect(warning).toBeUndefined();
      }
    }
    // Most flips of a Chinese text land in a multi-byte character and break it.
    expect(warned).toBeGreaterThan(flips.length / 3);
  });
});

describe('what is still refused', () => {
  it('refuses binary garbage with the clear message it always had', () => {
    const random = mulberry32(7);
    const garbage = new Uint8Array(16_000).map(() => Math.floor(random() * 256));
    expect(decodeBulletinBytes(garbage)).toMatchObject({ ok: false, code: 'binary-file' });
  });

  it('refuses a text in an unknown encoding rather than calling it damaged UTF-8', () => {
    // Shift_JIS Japanese: neither UTF-8 nor Chinese.
    const japanese = iconv.encode('これは日本語の文章です。'.repeat(40), 'shift_jis');
    expect(decodeBulletinBytes(japanese)).toMatchObject({ ok: false });
  });
});
