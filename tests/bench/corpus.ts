import type { IssueTexts } from '../../shared/catalog';
import type { IndexableIssue } from '../../electron/core/search/document';
import type { SearchSource } from '../../electron/core/search';
import { pick, seededRandom, zipfSampler } from './random';
import { buildVocabulary } from './vocabulary';
import type { Vocabulary } from './vocabulary';

/**
 * Bulletin-shaped corpora for the benchmark: issues of six articles, each article about
 * 3,000 characters of titled sections and paragraphs, with the PDF habits of real input
 * (spaces around numbers: `2023 年`), regions in titles, columns, several series and years.
 */
export interface Corpus {
  issues: IndexableIssue[];
  texts: Map<string, IssueTexts>;
  articleCount: number;
  characters: number;
}

const ARTICLES_PER_ISSUE = 6;
const TARGET_CHARS = 3000;

export function generateCorpus(articleCount: number, seed = 20240301): Corpus {
  const random = seededRandom(seed);
  const vocabulary = buildVocabulary(4000, random);
  const nextWord = zipfSampler(vocabulary.words.length, 1.05, random);
  const word = (): string => vocabulary.words[nextWord()] ?? '';
  const issues: IndexableIssue[] = [];
  const texts = new Map<string, IssueTexts>();
  let characters = 0;
  for (let issueIndex = 0; issueIndex * ARTICLES_PER_ISSUE < articleCount; issueIndex++) {
    const id = `bench${issueIndex.toString(36).padStart(6, '0')}`;
    const count = Math.min(ARTICLES_PER_ISSUE, articleCount - issueIndex * ARTICLES_PER_ISSUE);
    const series = vocabulary.series[issueIndex % vocabulary.series.length] ?? '科技情报参考';
    const year = 2010 + Math.floor(random() * 15);
    const number = 1 + Math.floor(random() * 24);
    const articles: IndexableIssue['articles'] = [];
    const bodies: IssueTexts['articles'] = [];
    for (let a = 0; a < count; a++) {
      const region = pick(vocabulary.regions, random);
      const title = `${region}${random() < 0.5 ? '：' : ''}${sentence(word, 3 + Math.floor(random() * 4), random, false)}`;
      const sections = body(word, random, year);
      characters +=
        title.length + sections.reduce((n, s) => n + (s.heading?.length ?? 0) + s.paragraphs.reduce((m, p) => m + p.length, 0), 0);
      articles.push({
        id: `${id}-${a + 1}`,
        index: a + 1,
        title,
        page: a + 2,
        column: pick(vocabulary.columns, random),
        region,
        source: null,
      });
      bodies.push({ id: `${id}-${a + 1}`, sections });
    }
    issues.push({
      id,
      series,
      year,
      number,
      date: null,
      publisher: '科学技术局综合保障中心',
      editor: null,
      importedAt: '2024-01-01T00:00:00.000Z',
      original: { sha256: id.padEnd(64, '0'), ext: 'txt', name: `${id}.txt`, size: 0, encoding: 'utf-8' },
      articles,
    });
    texts.set(id, { schemaVersion: 1, issueId: id, articles: bodies });
  }
  return { issues, texts, articleCount, characters };
}

function body(word: () => string, random: () => number, year: number): IssueTexts['articles'][number]['sections'] {
  const sections: IssueTexts['articles'][number]['sections'] = [];
  let length = 0;
  while (length < TARGET_CHARS) {
    const heading = sections.length === 0 ? null : sentence(word, 3 + Math.floor(random() * 3), random, false);
    const paragraphs: string[] = [];
    const count = 2 + Math.floor(random() * 3);
    for (let p = 0; p < count && length < TARGET_CHARS; p++) {
      const paragraph = paragraphText(word, random, year);
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    sections.push({ heading, paragraphs });
    length += heading?.length ?? 0;
  }
  return sections;
}

function paragraphText(word: () => string, random: () => number, year: number): string {
  const sentences: string[] = [];
  const count = 3 + Math.floor(random() * 5);
  for (let s = 0; s < count; s++) {
    let text = sentence(word, 8 + Math.floor(random() * 14), random, true);
    // The PDF habits of real input: spaces around figures, and figures in every paragraph.
    if (random() < 0.35) text = `${year - Math.floor(random() * 3)} 年，${text}`;
    if (random() < 0.3) text += `，累计 ${Math.floor(random() * 500) + 2} 项`;
    if (random() < 0.04) text += `，AI 应用`;
    sentences.push(`${text}。`);
  }
  return sentences.join('');
}

function sentence(word: () => string, words: number, random: () => number, punctuate: boolean): string {
  let text = '';
  for (let w = 0; w < words; w++) {
    if (punctuate && w > 0 && random() < 0.12) text += random() < 0.7 ? '，' : '、';
    text += word();
  }
  return text;
}

export type { Vocabulary };

/** A generated corpus as the search reads a library: its issues, and each issue's texts. */
export class CorpusSource implements SearchSource {
  constructor(
    readonly dir: string,
    private readonly corpus: Corpus,
  ) {}
  issues(): readonly IndexableIssue[] {
    return this.corpus.issues;
  }
  async getTexts(issueId: string): Promise<IssueTexts> {
    const texts = this.corpus.texts.get(issueId);
    if (!texts) throw new Error(`no texts for ${issueId}`);
    return texts;
  }
}
