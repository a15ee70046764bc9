import { FakeSource, fakeIssue } from './fake-source';

/**
 * A small library with known answers: each article is written to test one thing (traditional
 * text, PDF spacing, full-width letters, Kangxi radicals, titles against bodies, years).
 */
export function fixtureSource(dir: string): FakeSource {
  const source = new FakeSource(dir);
  const a = fakeIssue('fixa0001', '科技情报参考', 2022, 5, [
    {
      title: '稀土新材料产业加快发展',
      paragraphs: ['包头稀土高新区集聚企业 120 家。', '稀土永磁材料产量增长。'],
      region: '内蒙古包头',
      column: '要闻',
    },
    { title: '科技特派员服务乡村振兴', paragraphs: ['全市科技特派员达到 2520 人。'], region: '安徽省六安市', column: '基层动态' },
    { title: '創新驅動發展', paragraphs: ['臺灣地區的科技創新成果轉化案例。'], column: '他山之石' },
  ]);
  const b = fakeIssue('fixb0002', '创新简报', 2023, 2, [
    {
      title: '人工智能应用',
      paragraphs: ['ＡＩ 芯片与大模型，回顾 2023 年的进展。', '⼀批企业（Kangxi 部首）。'],
      region: '湖北武汉',
      column: '科技前沿',
    },
    { title: '武汉：“武创通”平台上线', paragraphs: ['武创通服务企业 5000 家，推动成果转化。'], region: '湖北武汉', column: '要闻' },
  ]);
  const c = fakeIssue('fixc0003', '科技情报参考', 2024, 1, [
    {
      title: '成果转化20条新政',
      paragraphs: ['促进科技成果转化，2023年全市技术合同成交额增长。', '成果转化收益分配改革。成果转化。'],
      region: '武汉',
      column: '政策解读',
    },
    { title: '南京打通最后一公里', paragraphs: ['四链融合，推动科技成果转化“最后一公里”。', '稀土。'], region: '南京', column: '经验交流' },
  ]);
  for (const x of [a, b, c]) source.add(x.issue, x.texts);
  return source;
}
