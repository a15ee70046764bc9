import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the suite runs from anywhere. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLE_PATH = path.join(ROOT, 'resources', 'sample-kjqbck-2024-03.txt');
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const MASTHEAD_NUMBER = '2024 年第 3 期';

export interface BulletinFile {
  name: string;
  bytes: Uint8Array;
  /** `科技情报参考:YEAR:NUMBER`, how the command line names the issue once imported. */
  ref: string;
}

/**
 * The real sample with another year and number in its masthead: a distinct issue (another
 * checksum, another series/year/number), so a long campaign never runs into the duplicate rule.
 * `padding` paragraphs make the file (and the import) longer, to give a kill more to interrupt.
 */
export function bulletinVariant(year: number, number: number, padding = 0): BulletinFile {
  const extra = Array.from({ length: padding }, (_, i) => `\n第 ${i + 1} 段补充材料：科技成果转化与平台建设的进展情况，${year} 年第 ${number} 期。\n`).join('');
  const text = SAMPLE.replace(MASTHEAD_NUMBER, `${year} 年第 ${number} 期`) + extra;
  return { name: `kjqbck-${year}-${String(number).padStart(3, '0')}.txt`, bytes: Buffer.from(text, 'utf8'), ref: `科技情报参考:${year}:${number}` };
}

export async function writeBulletins(dir: string, files: readonly BulletinFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const file of files) {
    const target = path.join(dir, file.name);
    await writeFile(target, file.bytes);
    paths.push(target);
  }
  return paths;
}

/** A passage of the sample's fourth article, as `annotate --quote` takes it. */
export const QUOTE = '一是深化金融赋能';
