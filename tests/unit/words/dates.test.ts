import { describe, expect, it } from 'vitest';
import { formatDate, localDay, matchesFilter, parseDate } from '../../../renderer/src/format';
import type { IssueSummary } from '../../../shared/catalog';

describe('dates in the interface language (never the browser’s locale)', () => {
  it('shows a printed day as 2024年3月15日 in Chinese and 2024-03-15 in English', () => {
    expect(formatDate('2024-03-15', 'zh-CN')).toBe('2024年3月15日');
    expect(formatDate('2024-03-15', 'en')).toBe('2024-03-15');
    expect(formatDate('2024-12-01', 'zh-CN')).toBe('2024年12月1日');
  });

  it('shows a month or a year as bulletins print them, and leaves anything else as it is', () => {
    expect(formatDate('2024-06', 'zh-CN')).toBe('2024年6月');
    expect(formatDate('2024-06', 'en')).toBe('2024-06');
    expect(formatDate('2024', 'zh-CN')).toBe('2024年');
    expect(formatDate('春季', 'zh-CN')).toBe('春季');
  });

  it('shows a moment (a backup, a deletion, an edit) as its local day and time, not mm/dd/yyyy', () => {
    const moment = new Date(2024, 2, 5, 9, 7).toISOString();
    expect(formatDate(moment, 'zh-CN')).toBe('2024年3月5日 09:07');
    expect(formatDate(moment, 'en')).toBe('2024-03-05 09:07');
    expect(formatDate(moment, 'en')).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(localDay(new Date(2024, 0, 9, 23, 59))).toBe('2024-01-09');
  });

  it('reads a typed day in either language’s form, full-width digits included, as ISO', () => {
    for (const typed of [
      '2024年3月15日',
      '2024年3月15',
      '2024 年 3 月 15 日',
      '２０２４年３月１５日',
      '2024-03-15',
      '2024-3-15',
      '2024/3/15',
      '2024.03.15',
      '20240315',
      ' 2024-03-15 ',
    ]) {
      expect(parseDate(typed), typed).toBe('2024-03-15');
    }
  });

  it('refuses what is not a day: impossible dates, month-first forms, words, half-typed days', () => {
    for (const typed of [
      '2023-02-29',
      '2024-13-01',
      '2024年2月30日',
      '03/15/2024',
      '15/03/2024',
      '三月十五',
      '2024-03',
      '2024年3月',
      '',
      'abc',
    ]) {
      expect(parseDate(typed), typed).toBeNull();
    }
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });

  it('finds an issue by its date as the interface shows it', () => {
    const issue = { series: '科技情报参考', year: 2024, number: 3, totalNumber: null, date: '2024-03-15' } as IssueSummary;
    expect(matchesFilter(issue, '2024年3月15日')).toBe(true);
    expect(matchesFilter(issue, '2024-03-15')).toBe(true);
    expect(matchesFilter(issue, '2024年4月')).toBe(false);
  });
});
