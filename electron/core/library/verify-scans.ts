import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Issue } from '../../../shared/catalog';
import { SCANS_DIR } from './layout';
import { parseScanText, scanFile } from './scan-file';

/** What `verify` finds wrong with the scan records (issue 16); shaped as verify.ts's problems. */
export type ScanProblem =
  | { kind: 'scan-damaged'; issue: string; path: string; message: string }
  | { kind: 'orphan-scan'; path: string; message: string };

/**
 * Every scans/<id>.json must read as a ScanReading of its issue's original (same checksum), and
 * belong to an issue in the catalogue or in the recycle area (a restored issue finds its scan again).
 */
export async function scanProblems(dir: string, issues: readonly Issue[], recycled: readonly Issue[]): Promise<ScanProblem[]> {
  let names: string[];
  try {
    names = (await fs.readdir(path.join(dir, SCANS_DIR))).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  } catch {
    return [];
  }
  const byId = new Map<string, Issue>([...recycled, ...issues].map((i) => [i.id, i]));
  const problems: ScanProblem[] = [];
  for (const name of names) {
    const relative = path.join(SCANS_DIR, name);
    const issue = byId.get(name.slice(0, -'.json'.length));
    if (!issue) {
      problems.push({ kind: 'orphan-scan', path: relative, message: `${relative} belongs to no issue.` });
      continue;
    }
    const reading = parseScanText(await fs.readFile(path.join(dir, scanFile(issue.id)), 'utf8').catch(() => ''));
    if (reading === null) {
      problems.push({ kind: 'scan-damaged', issue: issue.id, path: relative, message: `${issue.id}: the scan record ${relative} cannot be read; the original and the texts are unaffected.` });
    } else if (reading.sha256 !== issue.original.sha256) {
      problems.push({ kind: 'scan-damaged', issue: issue.id, path: relative, message: `${issue.id}: the scan record ${relative} is of another file than the issue's original.` });
    }
  }
  return problems;
}
