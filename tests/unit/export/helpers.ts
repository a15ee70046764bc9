import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Issue } from '../../../shared/catalog';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/contract/export';
import type { PrintOptions } from '../../../shared/contract/export';
import { AnnotationStore } from '../../../electron/core/annotations';
import { createExportServices, exportFiles } from '../../../electron/core/export';
import { restoreIssueFromJson } from '../../../electron/core/library';
import { handmadeIssueExport } from '../../helpers/handmade-issue';
import type { ExportRequest, ExportServices, PdfEngine } from '../../../electron/core/export';
import type { Library } from '../../../electron/core/library';
import { openLibrary } from '../../../electron/core/library';
import { tempDir } from '../../helpers/temp-library';

export const SAMPLE_TITLES = [
  '内蒙古：高能级创新平台助力科技“突围”',
  '安徽省六安市综合施策推动科技特派员创新创业',
  '湖北武汉：“武创通”科创平台上线服务大数据科技治理',
  '南京持续强化四链融合打通科技成果转化“最后一公里”',
  '南京市厚植科创沃土推动创新型民营经济高质量发展',
  '武汉出台促进科技成果转化20条新政',
];

/** Export services sharing one PDF engine (one browser for a whole test file). */
export function servicesWith(library: Library, engine: PdfEngine): ExportServices {
  return { ...createExportServices(new AnnotationStore(library), () => engine), pdf: () => engine };
}

export async function exportOne(
  library: Library,
  request: Partial<ExportRequest> & Pick<ExportRequest, 'target' | 'format'>,
  services: ExportServices,
) {
  const full: ExportRequest = { encoding: 'utf-8', options: DEFAULT_PRINT_OPTIONS, ...request };
  const files = [];
  for await (const file of exportFiles(library, full, services)) files.push(file);
  if (files.length !== 1 || !files[0]) throw new Error(`expected one file, got ${files.length}`);
  return files[0];
}

export function options(patch: Partial<PrintOptions> = {}): PrintOptions {
  return { ...DEFAULT_PRINT_OPTIONS, ...patch };
}

/** pdftotext (poppler) of each page, as a person reading the printout would see it. */
export function pdfPages(bytes: Uint8Array): string[] {
  const file = path.join(tempDir(), 'out.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** A library holding one issue built by hand (titles and paragraphs as given), through the JSON import. */
export async function libraryWithIssue(
  titles: readonly string[],
  paragraphs: (index: number) => string[],
  series = '测试简报',
): Promise<{ library: Library; issue: Issue }> {
  const library = await openLibrary(tempDir(), { create: true });
  const { issue, json } = handmadeIssueExport(titles, (i) => [{ heading: null, paragraphs: paragraphs(i) }], { series });
  await restoreIssueFromJson(library, json);
  return { library, issue };
}

/** The page numbers of a printed table of contents: the last number of each ★ entry. */
export function tocNumbers(pageText: string): number[] {
  const body = pageText.replace(/—\s*\d+\s*—\s*$/, '');
  return body
    .split('★')
    .slice(1)
    .map((entry) => Number(/(\d+)\s*$/.exec(entry.trimEnd())?.[1]));
}
