import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

type Tree = { [key: string]: string | Tree };

/** Every string of a resource by its dotted key. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'en',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

describe('counts are said through i18next plurals', () => {
  it('says “1 issue”, “2 issues”, “1 article” in English and one form in Chinese', () => {
    expect(t.t('nav.issueCount', { count: 1, lng: 'en' })).toBe('1 issue');
    expect(t.t('nav.issueCount', { count: 2, lng: 'en' })).toBe('2 issues');
    expect(t.t('nav.issueCount', { count: 0, lng: 'en' })).toBe('0 issues');
    expect(t.t('library.articles', { count: 1, lng: 'en' })).toBe('1 article');
    expect(t.t('issue.articleCount', { count: 1, lng: 'en' })).toBe('1 article in this issue');
    expect(t.t('print.basketCount', { count: 1, lng: 'en' })).toBe('Articles in the print basket: 1');
    expect(t.t('nav.issueCount', { count: 1, lng: 'zh-CN' })).toBe('1 期');
    expect(t.t('library.articles', { count: 7, lng: 'zh-CN' })).toBe('7 篇');
  });

  it('says the library’s summary with both counts in their own number', () => {
    expect(t.t('library.summary', { series: 1, issues: 1, lng: 'en' })).toBe('1 series · 1 issue');
    expect(t.t('library.summary', { series: 2, issues: 12, lng: 'en' })).toBe('2 series · 12 issues');
    expect(t.t('library.summary', { series: 2, issues: 12, lng: 'zh-CN' })).toBe('2 种刊物 · 12 期');
  });

  it('has no English count that reads “1 …s”: every count followed by a plural noun has _one and _other forms', () => {
    const strings = leaves(en as unknown as Tree);
    const suspects = strings.filter(([key, value]) => !/_(one|other)$/.test(key) && /\{\{count\}\} (more )?[a-z]+s\b|\(s\)/.test(value));
    expect(suspects).toEqual([]);
    for (const [key] of strings.filter(([k]) => k.endsWith('_one'))) {
      const said = t.t(key.replace(/_one$/, ''), { count: 1, lng: 'en' });
      expect(said, key).not.toMatch(/\b1 (more )?(issues|articles|files|fields|paragraphs|notes|lines|copies|places|days)\b/);
    }
  });

  it('gives every Chinese count (key_other) both English forms, and reads them back in Chinese', () => {
    const zh = leaves(zhCN as unknown as Tree);
    const english = new Map(leaves(en as unknown as Tree));
    const counted = zh.filter(([key]) => key.endsWith('_other'));
    expect(counted.length).toBeGreaterThan(20);
    for (const [key, value] of counted) {
      const base = key.replace(/_other$/, '');
      expect(english.has(`${base}_one`), base).toBe(true);
      expect(english.has(`${base}_other`), base).toBe(true);
      expect(t.t(base, { count: 3, lng: 'zh-CN', from: 'a', into: 'b', series: 's', issue: 'i', file: 'f' })).toBe(
        value
          .replace(/\{\{count\}\}/g, '3')
          .replace(/\{\{from\}\}/g, 'a')
          .replace(/\{\{into\}\}/g, 'b')
          .replace(/\{\{series\}\}/g, 's')
          .replace(/\{\{issue\}\}/g, 'i'),
      );
    }
  });
});
