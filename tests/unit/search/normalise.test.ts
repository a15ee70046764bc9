import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithOrigin } from '../../../electron/core/search/normalise';

describe('normalise', () => {
  it('ignores the spaces PDF extraction puts between Chinese and figures or inside names', () => {
    expect(normalise('回顾 2023 年，自治区')).toBe(normalise('回顾2023年，自治区'));
    expect(normalise('编辑：李 涛')).toBe(normalise('编辑：李涛'));
    expect(normalise('2023 年')).toBe('2023年');
  });

  it('keeps one space between two words of an alphabetic script', () => {
    expect(normalise('AI   chip')).toBe('ai chip');
    expect(normalise('AI 芯片')).toBe('ai芯片');
  });

  it('folds full-width forms, case, Kangxi radicals and compatibility ideographs', () => {
    expect(normalise('ＡＩ')).toBe('ai');
    expect(normalise('２０２３')).toBe('2023');
    expect(normalise('⼀⽂')).toBe('一文'); // U+2F00, U+2F42: what pdf.js gives for Noto fonts
    expect(normalise('\u3000科技\u3000')).toBe('科技');
  });

  it('folds traditional characters to simplified, character by character', () => {
    expect(normalise('創新')).toBe('创新');
    expect(normalise('科技特派員')).toBe('科技特派员');
    expect(normalise('發展')).toBe(normalise('发展'));
  });

  it('drops zero-width and control characters', () => {
    expect(normalise('稀\u200b土\u00ad')).toBe('稀土');
  });

  it('maps every normalised unit back to the character it came from', () => {
    const original = '回顾 2023 年，ＡＩ創新';
    const { text, origin } = normaliseWithOrigin(original);
    expect(text).toBe('回顾2023年,ai创新');
    const at = text.indexOf('年');
    expect(original[origin[at] ?? -1]).toBe('年');
    expect(original[origin[text.indexOf('创')] ?? -1]).toBe('創');
  });

  it('handles characters outside the Basic Multilingual Plane', () => {
    expect(normalise('𠀀 2023')).toBe('𠀀2023');
    // Both halves of the pair come from the character's first unit.
    expect(normaliseWithOrigin('a𠀀b').origin).toEqual(new Uint32Array([0, 1, 1, 3]));
  });
});
