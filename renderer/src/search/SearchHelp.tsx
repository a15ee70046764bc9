import { useTranslation } from 'react-i18next';
import { setQuery } from './state';

const SYNTAX: { key: 'words' | 'phrase' | 'exclude' | 'filter'; example: string }[] = [
  { key: 'words', example: '科技 平台' },
  { key: 'phrase', example: '"成果转化"' },
  { key: 'exclude', example: '科技 -武汉' },
  { key: 'filter', example: '创新 年份:2023-2024 地区:南京' },
];

const EXAMPLES = ['稀土', '科技特派员', '武创通', '"成果转化"'];

/** What to type: shown before the first query, and again under "nothing found". */
export function SyntaxHints() {
  const { t } = useTranslation();
  return (
    <section className="search-syntax" aria-labelledby="search-syntax-heading">
      <h2 id="search-syntax-heading">{t('search.syntaxHeading')}</h2>
      <dl>
        {SYNTAX.map(({ key, example }) => (
          <div key={key} className="search-syntax-row">
            <dt>
              <button type="button" className="example" lang="zh-CN" onClick={() => setQuery(example)}>
                {example}
              </button>
            </dt>
            <dd>{t(`search.syntax.${key}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function SearchHelp() {
  const { t } = useTranslation();
  return (
    <div className="search-help">
      <h2 className="search-help-title">{t('search.emptyTitle')}</h2>
      <p>{t('search.emptyBody')}</p>
      <p className="search-examples">
        <span>{t('search.tryExample')}</span>
        {EXAMPLES.map((example) => (
          <button key={example} type="button" className="example" lang="zh-CN" onClick={() => setQuery(example)}>
            {example}
          </button>
        ))}
      </p>
      <SyntaxHints />
    </div>
  );
}

/** Nothing found: what was looked for, and what to try instead (filters first when there are any). */
export function NoHits({ terms, filtered }: { terms: readonly string[]; filtered: boolean }) {
  const { t } = useTranslation();
  const tips = filtered ? (['filters', 'shorter', 'fewer', 'spelling'] as const) : (['shorter', 'fewer', 'spelling'] as const);
  return (
    <div className="search-help search-no-hits">
      <div role="status">
        <h2 className="search-help-title">
          {terms.length === 0
            ? t('search.noHitsFiltered')
            : t(filtered ? 'search.noHitsWithFilters' : 'search.noHits', { query: terms.join(' ') })}
        </h2>
      </div>
      <p>{t('search.noHitsHelp')}</p>
      <ul>
        {tips.map((tip) => (
          <li key={tip}>{t(`search.noHitsTips.${tip}`)}</li>
        ))}
      </ul>
      <SyntaxHints />
    </div>
  );
}
