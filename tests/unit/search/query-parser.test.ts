import { describe, expect, it } from 'vitest';
import { parseQuery, parseYears } from '../../../electron/core/search/query-parser';

describe('parseQuery', () => {
  it('reads several words as terms that must all occur', () => {
    expect(parseQuery('稀土  科技 创新').terms).toEqual(['稀土', '科技', '创新']);
  });

  it('keeps a quoted phrase whole, in straight or Chinese quotes', () => {
    expect(parseQuery('"AI chip" 稀土').terms).toEqual(['ai chip', '稀土']);
    expect(parseQuery('“成果 转化”').terms).toEqual(['成果转化']);
  });

  it('reads -word and -"phrase" as exclusions, but not a dash inside a word', () => {
    const q = parseQuery('科技 -稀土 -"最后 一公里" 2023-2024');
    expect(q.terms).toEqual(['科技', '2023-2024']);
    expect(q.excluded).toEqual(['稀土', '最后一公里']);
  });

  it('reads typed filters in Chinese or English, with either colon', () => {
    const q = parseQuery('稀土 系列:科技情报参考 年份：2023-2024 地区:内蒙古 column:要闻');
    expect(q.terms).toEqual(['稀土']);
    expect(q.filters).toEqual({ series: '科技情报参考', years: { from: 2023, to: 2024 }, region: '内蒙古', column: '要闻' });
    expect(parseQuery('series:情报 year:2022').filters).toEqual({ series: '情报', years: { from: 2022, to: 2022 } });
  });

  it('lets typed filters override the ones set on the screen', () => {
    expect(parseQuery('年份:2020', { years: { from: 2023, to: 2024 }, region: '南京' }).filters).toEqual({
      years: { from: 2020, to: 2020 },
      region: '南京',
    });
  });

  it('treats an unknown key or a bad year as ordinary text', () => {
    expect(parseQuery('年份:去年 作者:李涛').terms).toEqual(['年份:去年', '作者:李涛']);
  });

  it('takes regex and HTML characters literally', () => {
    expect(parseQuery('.*+?^${}()|[]\\<script>').terms).toEqual(['.*+?^${}()|[]\\<script>']);
  });
});

describe('parseYears', () => {
  it('reads single years, ranges with any dash, open ranges and reversed ranges', () => {
    expect(parseYears('2023')).toEqual({ from: 2023, to: 2023 });
    expect(parseYears('2023—2024')).toEqual({ from: 2023, to: 2024 });
    expect(parseYears('2023年至2024年')).toEqual({ from: 2023, to: 2024 });
    expect(parseYears('2021-')).toEqual({ from: 2021, to: null });
    expect(parseYears('-2021')).toEqual({ from: null, to: 2021 });
    expect(parseYears('2024-2020')).toEqual({ from: 2020, to: 2024 });
    expect(parseYears('abc')).toBeNull();
  });
});
