import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ANNOTATIONS_SCHEMA_VERSION, CATALOG_SCHEMA_VERSION } from '../../shared/catalog';
import type { Annotation } from '../../shared/annotations';
import type { AnnotationsFile, Catalog, Issue } from '../../shared/catalog';
import { AnnotationStore } from '../../electron/core/annotations';
import { openLibrary } from '../../electron/core/library';
import { percentiles, round, timeAsync } from './measure';
import type { Latency } from './measure';
import { blankCatalogueFields, defaultCatalogueSettings } from '../../shared/catalogue-fields';

/**
 * The time of one annotation save (edit a note: lock, read what other processes appended to
 * annotations.journal, append the change and sync it) on a library of `articles` articles
 * holding `annotations` highlights. Target: p95 under 20 ms (the bench runs it at its largest size: 100,000 articles with --full).
 */
export interface AnnotationSaveResult {
  articles: number;
  annotations: number;
  fileBytes: number;
  save: Latency;
  add: Latency;
}

export async function benchAnnotationSave(
  options: { articles?: number; annotations?: number; runs?: number } = {},
): Promise<AnnotationSaveResult> {
  const articles = options.articles ?? 10_000;
  const count = options.annotations ?? 10_000;
  const runs = options.runs ?? 60;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-annotations-'));
  try {
    const issues = makeIssues(articles);
    await fs.writeFile(path.join(dir, 'catalog.json'), JSON.stringify({ schemaVersion: CATALOG_SCHEMA_VERSION, issues, series: [], settings: defaultCatalogueSettings() } satisfies Catalog));
    const file: AnnotationsFile = { schemaVersion: ANNOTATIONS_SCHEMA_VERSION, annotations: makeAnnotations(issues, count) };
    await fs.writeFile(path.join(dir, 'annotations.json'), JSON.stringify(file));
    const library = await openLibrary(dir);
    const store = new AnnotationStore(library);
    const ids = library.annotations.annotations.map((a) => a.id);
    const saves: number[] = [];
    const adds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const id = ids[(i * 7919) % ids.length]!;
      saves.push((await timeAsync(() => store.update(id, { note: `第 ${i} 次修改的批注` }))).ms);
      const article = issues[i % issues.length]!.articles[0]!;
      adds.push((await timeAsync(() => store.addTag(article.id, `标签${i % 20}`))).ms);
    }
    const fileBytes = (await fs.stat(path.join(dir, 'annotations.json'))).size;
    return { articles, annotations: count, fileBytes, save: percentiles(saves), add: percentiles(adds) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function makeIssues(articles: number): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i * 6 < articles; i++) {
    const id = `anno${i.toString(36).padStart(8, '0')}`;
    const n = Math.min(6, articles - i * 6);
    issues.push({
      ...blankCatalogueFields(),
      files: [],
      id,
      series: ['科技情报参考', '工作动态', '科技简报'][i % 3]!,
      year: 2000 + (i % 25),
      number: 1 + Math.floor(i / 75),
      totalNumber: null,
      numberTo: null,
      supplement: false,
      date: null,
      publisher: null,
      editor: null,
      reviewer: null,
      phone: null,
      warnings: [],
      needsReview: false,
      importedAt: new Date(0).toISOString(),
      original: { sha256: i.toString(16).padStart(64, '0'), ext: 'txt', name: `${id}.txt`, size: 1, encoding: 'utf-8' },
      articles: Array.from({ length: n }, (_, a) => ({
        id: `${id}-${a + 1}`,
        index: a + 1,
        title: `第 ${a + 1} 篇文章的标题`,
        page: null,
        column: null,
        region: null,
        source: null,
      })),
    });
  }
  return issues;
}

function makeAnnotations(issues: readonly Issue[], count: number): Annotation[] {
  const stamp = new Date(0).toISOString();
  const all = issues.flatMap((issue) => issue.articles.map((article) => ({ issue, article })));
  return Array.from({ length: count }, (_, i) => {
    const { issue, article } = all[i % all.length]!;
    const start = (i * 37) % 2000;
    return {
      id: `urn:uuid:${randomUUID()}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: stamp,
      modified: stamp,
      body:
        i % 3 === 0
          ? [{ type: 'TextualBody', purpose: 'commenting', value: '这一段要在周会上讨论，并核对数字。', format: 'text/plain' }]
          : [],
      target: {
        source: `urn:bulletin-archive:article:${article.id}`,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '一是深化金融赋能，持续发挥政府引导基金对社会资本的撬动作用',
            prefix: '加快培育发展新质生产力。',
            suffix: '。2023 年市级科创基金当年新增',
          },
          { type: 'TextPositionSelector', start, end: start + 28 },
        ],
        styleClass: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5],
        place: { series: issue.series, year: issue.year, number: issue.number, article: article.index, title: article.title },
      },
    } satisfies Annotation;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchAnnotationSave();
  process.stdout.write(
    `annotation save on ${result.articles} articles / ${result.annotations} annotations (${(result.fileBytes / 1048576).toFixed(1)} MB): ` +
      `edit p50 ${round(result.save.p50Ms)} ms, p95 ${round(result.save.p95Ms)} ms; add tag p50 ${round(result.add.p50Ms)} ms, p95 ${round(result.add.p95Ms)} ms\n`,
  );
}
