/**
 * The fixed queries, one per kind the issue names. The words come from the generator's real
 * vocabulary, so they hit a realistic share of articles: 科技 nearly all, 成果转化 many,
 * 科技特派员 few; the no-hit query uses characters the generator never writes.
 */
export interface BenchQuery {
  kind: string;
  query: string;
  /** The same query for the peers, which know no syntax: terms to AND, filters to apply. */
  terms: string[];
  years?: { from: number; to: number };
  region?: string;
}

export const BENCH_QUERIES: BenchQuery[] = [
  { kind: 'two characters', query: '稀土', terms: ['稀土'] },
  { kind: 'four characters', query: '成果转化', terms: ['成果转化'] },
  { kind: 'phrase', query: '"推动科技成果转化"', terms: ['推动科技成果转化'] },
  { kind: 'three words', query: '科技 平台 人才', terms: ['科技', '平台', '人才'] },
  { kind: 'filter', query: '创新 年份:2020-2022 地区:武汉', terms: ['创新'], years: { from: 2020, to: 2022 }, region: '武汉' },
  { kind: 'no hits', query: '龘靐齉', terms: ['龘靐齉'] },
  { kind: 'typo', query: '科技特派园', terms: ['科技特派园'] },
];
