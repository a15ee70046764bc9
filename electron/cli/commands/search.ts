import { issueNumberLabel } from '../../../shared/format';
import type { Locale } from '../../../shared/format';
import { ArchiveError } from '../../core/errors';
import { sayMessage } from '../../../shared/message-text';
import { LibrarySearch, parseYears } from '../../core/search';
import type { SearchHit, SearchProgress, TextRange } from '../../core/search';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { cliIo } from '../io';

export interface SearchCommandOptions extends LibraryOption {
  json?: boolean;
  series?: string;
  year?: string;
  limit?: string;
}

const messages = {
  zh: {
    found: '找到 {total} 篇',
    none: '没有找到包含“{query}”的文章。',
    fuzzy: '没有完全匹配的文章；以下标题相近：',
    indexing: '正在建立搜索索引… {done}/{total}',
    corrected: '{filter}“{typed}”没有匹配，按“{used}”筛选',
    shown: '（显示前 {shown} 篇，用 --limit 显示更多）',
    badYear: '--year 应为 2023 或 2023-2024 这样的年份或年份范围，而不是“{value}”。',
    badLimit: '--limit 应为 1 到 1000 之间的整数，而不是“{value}”。',
  },
  en: {
    found: '{total} articles found',
    none: 'No article contains “{query}”.',
    fuzzy: 'Nothing matches exactly; these titles are close:',
    indexing: 'Building the search index… {done}/{total}',
    corrected: '{filter} “{typed}” matched nothing; filtered by “{used}” instead',
    shown: '(showing the first {shown}; use --limit for more)',
    badYear: '--year takes a year or a range such as 2023 or 2023-2024, not “{value}”.',
    badLimit: '--limit takes a whole number from 1 to 1000, not “{value}”.',
  },
} as const;
type MessageKey = keyof (typeof messages)['en'];
const FILTER_NAMES = {
  zh: { series: '系列', region: '地区', column: '栏目' },
  en: { series: 'Series', region: 'Region', column: 'Column' },
} as const;

function say(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** `bulletin-archive search QUERY`: ranked hits with a snippet each; 【】 mark the hits in plain text. */
export async function searchCommand(query: string, options: SearchCommandOptions, locale: Locale): Promise<number> {
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new ArchiveError('bad-input', say(locale, 'badLimit', { value: options.limit ?? '' }));
  const years = options.year === undefined ? undefined : parseYears(options.year);
  if (years === null) throw new ArchiveError('bad-input', say(locale, 'badYear', { value: options.year ?? '' }));

  const library = await openLibraryFor(options, 'read');
  const progress = (p: SearchProgress): void => {
    if (p.phase === 'indexing' && p.total > 0 && cliIo().stderr.isTTY)
      cliIo().stderr.write(`\r${say(locale, 'indexing', { done: p.done, total: p.total })}`);
  };
  // One answer and exit: every page is checked first, so a damaged segment is rebuilt before
  // answering instead of being left out of this one answer (the app checks pages as it reads them).
  const search = await LibrarySearch.open(library, progress, { thorough: true });
  if (cliIo().stderr.isTTY) cliIo().stderr.write('\r\x1b[K');
  for (const notice of search.notices) cliIo().stderr.write(`! ${sayMessage(locale, notice)}\n`);
  try {
    const filters = { ...(options.series !== undefined ? { series: options.series } : {}), ...(years ? { years } : {}) };
    const result = search.query(query, { limit, filters });
    if (options.json) {
      const hits = result.hits.map((h) => ({
        issueId: h.issueId,
        articleId: h.articleId,
        title: h.title,
        score: h.score,
        match: h.match,
        snippet: h.snippet,
      }));
      cliIo().stdout.write(`${JSON.stringify({ total: result.total, hits, corrections: result.corrections }, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const c of result.corrections)
      lines.push(say(locale, 'corrected', { filter: FILTER_NAMES[locale][c.filter], typed: c.typed, used: c.usedInstead.join('”“') }));
    if (result.hits.length === 0) {
      lines.push(say(locale, 'none', { query }));
    } else {
      lines.push(result.total > 0 ? say(locale, 'found', { total: result.total }) : say(locale, 'fuzzy'), '');
      result.hits.forEach((hit, i) => lines.push(...formatHit(hit, i + 1, locale), ''));
      if (result.total > result.hits.length) lines.push(say(locale, 'shown', { shown: result.hits.length }));
    }
    cliIo().stdout.write(`${lines.join('\n').trimEnd()}\n`);
    return 0;
  } finally {
    search.close();
  }
}

function formatHit(hit: SearchHit, rank: number, locale: Locale): string[] {
  const issue = `${hit.series} ${issueNumberLabel({ year: hit.year, number: hit.number, totalNumber: null }, locale)}`;
  const snippet = mark(hit.snippet.text, hit.snippet.highlights);
  return [
    `${rank}. ${mark(hit.title, hit.titleHighlights)}`,
    `   ${issue}  [${hit.articleId}]`,
    ...(snippet ? [`   ${hit.snippet.cutStart ? '…' : ''}${snippet}${hit.snippet.cutEnd ? '…' : ''}`] : []),
  ];
}

/** Puts 【】 around each range; ranges are sorted and never overlap. */
export function mark(text: string, ranges: readonly TextRange[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${text.slice(at, start)}【${text.slice(start, end)}】`;
    at = end;
  }
  return out + text.slice(at);
}
