import { describe, expect, it } from 'vitest';
import { decodeBulletinBytes } from '../../../electron/core/encoding/decode';
import { parseBulletin } from '../../../electron/core/parser/index';
import type { ParsedIssue } from '../../../shared/bulletin';

// Input that is not a bulletin must come back as a result with warnings (or, from the
// decoder, a clear refusal), never an exception or a hang. No timings are asserted: a
// parse that went quadratic again would run into the generous timeout instead.
const LARGE = 20_000;

/** A small deterministic generator, so a failure can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function expectWarnedResult(issue: ParsedIssue): void {
  expect(typeof issue.series).toBe('string');
  expect(Array.isArray(issue.articles)).toBe(true);
  expect(issue.warnings.length).toBeGreaterThan(0);
  // However bad the input, the list stays readable.
  expect(issue.warnings.length).toBeLessThanOrEqual(60);
  for (const warning of issue.warnings) expect(JSON.stringify(warning).length).toBeLessThan(1000);
}

const PARAGRAPH =
  '2023 年，自治区对标国家级创新平台要求，举全区之力加快重大创新平台建设，支持巴彦淖尔国家农高区围绕生态农牧业建设主题实施关键技术攻关。\n';

describe('parseBulletin on malformed input', () => {
  it('returns warnings for empty text and blank lines', () => {
    for (const text of ['', '\n\n\n', '   \u3000  ', '\ufeff']) {
      const issue = parseBulletin(text);
      expectWarnedResult(issue);
      expect(issue.series).toBe('');
      expect(issue.articles).toEqual([]);
      expect(issue.warnings).toEqual(expect.arrayContaining([{ code: 'no-series' }, { code: 'no-articles' }]));
    }
  });

  it(
    'parses a 50 MB text (one paragraph repeated) read through the decoder',
    () => {
      const head = '科技情报参考\n2024 年第 3 期\n内蒙古：高能级创新平台助力科技“突围”\n';
      const bytes = new TextEncoder().encode(head + PARAGRAPH.repeat(Math.ceil(50e6 / new TextEncoder().encode(PARAGRAPH).length)));
      expect(bytes.length).toBeGreaterThan(50e6);
      const decoded = decodeBulletinBytes(bytes);
      if (!decoded.ok) throw new Error(decoded.message);
      const issue = parseBulletin(decoded.text);
      expect(issue).toMatchObject({ series: '科技情报参考', year: 2024, number: 3 });
      expect(issue.articles[0]?.title).toBe('内蒙古：高能级创新平台助力科技“突围”');
      expect(issue.articles[0]?.sections[0]?.paragraphs[0]).toBe(PARAGRAPH.trim());
      expectWarnedResult(issue);
    },
    LARGE,
  );

  it(
    'parses a 50 MB text whose lines never end a sentence (one paragraph joined across every line)',
    () => {
      const line = '科技创新平台作为科技创新的主要阵地，是区域创新体系的重要组成部分\n';
      const issue = parseBulletin(`科技简报\n2024 年第 1 期\n南京市推进科技金融改革\n${line.repeat(Math.ceil(50e6 / 3 / line.length))}`);
      expect(issue.articles).toHaveLength(1);
      expect(issue.articles[0]?.sections[0]?.paragraphs).toHaveLength(1);
      expectWarnedResult(issue);
    },
    LARGE,
  );

  it.each([
    ['CJK characters', '科技创新平台建设'.repeat(131_072)],
    ['spaces between two letters', `x${' '.repeat(1 << 20)}y`],
    ['spaces ending in leaders and a number', `★ 标题${' '.repeat(1 << 20)}…5`],
    ['dots', `标题${'.'.repeat(1 << 20)}x`],
    ['ellipses', `标题${'…'.repeat(1 << 20)}12`],
    ['spaces inside a source line', `（来源：x${' '.repeat(1 << 20)}y）`],
    ['a distribution list', `报：${'市委办公室，'.repeat(180_000)}`],
  ])(
    'parses one line of 1 MB of %s, alone and inside an issue',
    (_name, line) => {
      expect(line.length).toBeGreaterThanOrEqual(1 << 20);
      expectWarnedResult(parseBulletin(line));
      const issue = parseBulletin(`科技简报\n2024 年第 1 期\n南京市推进科技金融改革\n${line}\n南京市出台科技金融若干措施。\n编辑：李 涛`);
      expect(issue).toMatchObject({ series: '科技简报', year: 2024, number: 1 });
      expectWarnedResult(issue);
    },
    LARGE,
  );

  it('returns warnings for random CJK characters with no structure', () => {
    const random = seeded(1);
    const chars: string[] = [];
    for (let i = 0; i < 300_000; i += 1) {
      chars.push(String.fromCharCode(0x4e00 + Math.floor(random() * 20_000)));
      if (random() < 0.02) chars.push('\n');
    }
    const issue = parseBulletin(chars.join(''));
    expectWarnedResult(issue);
    expect(issue.year).toBeNull();
    expect(issue.number).toBeNull();
  });

  it('returns warnings for text made only of punctuation', () => {
    const random = seeded(2);
    const marks = '，。、；：？！…—“”‘’（）《》【】·.-,*★◆●■';
    const chars: string[] = [];
    for (let i = 0; i < 300_000; i += 1) {
      chars.push(marks[Math.floor(random() * marks.length)] ?? '');
      if (random() < 0.03) chars.push('\n');
    }
    const issue = parseBulletin(chars.join(''));
    expectWarnedResult(issue);
    expect(issue.series).toBe('');
    expect(issue.warnings[0]).toEqual({ code: 'no-series' });
  });

  it(
    'parses 100k short lines: plain, title-like, TOC-like and colophon-like',
    () => {
      const plain = Array.from({ length: 100_000 }, (_, i) => `短行${i % 97}`).join('\n');
      expectWarnedResult(parseBulletin(plain));

      const titled = ['科技简报', '2024 年第 1 期'];
      for (let i = 0; i < 50_000; i += 1) titled.push(`南京市推进科技金融改革${i}`, '正文没有句号');
      expectWarnedResult(parseBulletin(titled.join('\n')));

      const toc = ['科技简报', '2024 年第 1 期', '本期目录'];
      for (let i = 0; i < 5_000; i += 1) toc.push(`★ 文章标题第${i}篇……${i % 999}`);
      for (let i = 0; i < 95_000; i += 1) toc.push(`文章正文第${i}句。`);
      const tocIssue = parseBulletin(toc.join('\n'));
      expectWarnedResult(tocIssue);
      expect(tocIssue.warnings).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'toc-entries-unmatched-more' })]),
      );

      const colophon = ['科技简报', '2024 年第 1 期', '南京市推进科技金融改革', '正文。'];
      for (let i = 0; i < 100_000; i += 1) colophon.push('编辑：张三');
      colophon.push('正文。');
      expectWarnedResult(parseBulletin(colophon.join('\n')));
    },
    LARGE,
  );
});

describe('decodeBulletinBytes on binary input', () => {
  const random = seeded(3);
  const bytes = (length: number, pick: () => number): Uint8Array => Uint8Array.from({ length }, pick);

  it.each([
    ['random bytes', () => bytes(1 << 20, () => Math.floor(random() * 256))],
    ['random bytes without NUL', () => bytes(1 << 20, () => 1 + Math.floor(random() * 255))],
    ['random bytes above 0x7F', () => bytes(1 << 20, () => 0x80 + Math.floor(random() * 128))],
    ['a PNG header', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['an ELF header', () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])],
  ])('refuses %s with a clear message', (_name, make) => {
    const result = decodeBulletinBytes(make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(['binary-file', 'unreadable-file']).toContain(result.code);
      expect(result.message).toMatch(/binary file|could not be recognised/);
    }
  });

  it(
    'refuses 50 MB of binary data',
    () => {
      const big = new Uint8Array(50e6);
      for (let i = 0; i < big.length; i += 1) big[i] = 1 + (((i * 2654435761) >>> 24) % 255);
      expect(decodeBulletinBytes(big)).toMatchObject({ ok: false, code: 'binary-file' });
    },
    LARGE,
  );
});

describe('an issue whose masthead has no series title', () => {
  it('keeps the series empty and says in Chinese first that the 刊名 is missing', () => {
    const issue = parseBulletin(
      ['2024 年第 5 期', '★ 包头市推进科技创新……2', '包头市推进科技创新', '包头市加大科技投入，全年安排资金 5 亿元。'].join('\n'),
    );
    expect(issue).toMatchObject({ series: '', year: 2024, number: 5 });
    expect(issue.articles.map((a) => a.title)).toEqual(['包头市推进科技创新']);
    expect(issue.warnings).toEqual([{ code: 'no-series' }]);
  });
});
