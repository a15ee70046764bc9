import type { Library } from '../../electron/core/library';

/**
 * Runs of a series as real bulletin text files (masthead, date, articles with places and
 * columns, colophon), for tests and screenshots of holdings, gaps and the library at scale.
 * The texts go through the real importer and parser, as a person's files would.
 */
export interface RunIssue {
  year: number;
  number: number;
  totalNumber: number | null;
}

const PLACES = ['南京', '武汉', '合肥', '杭州', '成都', '西安', '长沙', '郑州', '济南', '沈阳', '昆明', '福州'];
const COLUMNS = ['要闻', '基层动态', '经验交流', '他山之石'];
const TOPICS = ['推动科技成果转化', '建设创新平台', '培育科技型企业', '深化产学研合作', '优化创新生态', '加强科技人才引育'];

export function bulletinText(series: string, issue: RunIssue, articleCount = 3): string {
  const total = issue.totalNumber === null ? '' : `（总第 ${issue.totalNumber} 期）`;
  const month = String(Math.min(12, Math.max(1, Math.ceil((issue.number / 24) * 12)))).padStart(2, '0');
  const lines = [series, '', `${issue.year} 年第 ${issue.number} 期${total}`, '', '某某市科学技术局办公室 编', '', `${issue.year} 年 ${Number(month)} 月 15 日`, ''];
  const articles = Array.from({ length: articleCount }, (_, a) => {
    const seed = issue.year * 31 + issue.number * 7 + a;
    const place = PLACES[seed % PLACES.length] ?? '南京';
    const topic = TOPICS[seed % TOPICS.length] ?? '推动科技成果转化';
    return { place, topic, seed, column: COLUMNS[seed % COLUMNS.length] ?? '要闻', title: `${place}：${topic}（${issue.year}-${issue.number}-${a + 1}）` };
  });
  // A table of contents as the sample prints it (★ title, page glued on), so nothing needs review.
  for (const [a, article] of articles.entries()) lines.push(`★ ${article.title}${a + 1}`);
  lines.push('');
  for (const article of articles) {
    lines.push(`【${article.column}】`, '', article.title, '');
    lines.push(`${article.place}市今年以来${article.topic}，成效明显，全市新增技术合同成交额较上年同期增长百分之${10 + (article.seed % 30)}。`, '');
  }
  lines.push('编辑：李 涛', '');
  return lines.join('\n');
}

/**
 * A run from `fromYear` to `toYear`, `perYear` issues a year, 总第 counted on across years,
 * without the issues listed in `missing` (as `year:number`).
 */
export function makeRun(options: { fromYear: number; toYear: number; perYear: number; firstTotal?: number | null; missing?: readonly string[] }): RunIssue[] {
  const missing = new Set(options.missing ?? []);
  const run: RunIssue[] = [];
  let total = options.firstTotal ?? null;
  for (let year = options.fromYear; year <= options.toYear; year += 1) {
    for (let number = 1; number <= options.perYear; number += 1) {
      if (!missing.has(`${year}:${number}`)) run.push({ year, number, totalNumber: total });
      if (total !== null) total += 1;
    }
  }
  return run;
}

/** Imports the run into the library through the real importer; throws on the first failure. */
export async function importRun(library: Library, series: string, run: readonly RunIssue[], articleCount = 3): Promise<void> {
  for (const issue of run) {
    const outcome = await library.importBulletin({
      name: `${series}-${issue.year}-${String(issue.number).padStart(2, '0')}.txt`,
      bytes: new TextEncoder().encode(bulletinText(series, issue, articleCount)),
    });
    if (outcome.status !== 'imported') throw new Error(`${issue.year}:${issue.number}: ${outcome.message}`);
  }
}
