import type { Locale } from '../../../shared/format';
import type { BagProblem, BagProblemKind, PackageProgress, PackageSelection } from '../../../shared/package';
import { ArchiveError } from '../../core/errors';
import { exportPackage, verifyPackage } from '../../core/package';
import { cliIo } from '../io';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { sayMessage } from '../locale';

/**
 * `package …`: a library, a series, a year range or some issues as one BagIt package, and the
 * check of a package before it is trusted. One function per subcommand.
 */
export interface PackageExportCommandOptions extends LibraryOption {
  out: string;
  series?: string[];
  year?: string;
  issue?: string[];
  organization?: string;
  description?: string;
  json?: boolean;
}

/** `package export [--series S]… [--year 2019-2021] [--issue ID]… --out PATH`: exit 0 when written. */
export async function packageExportCommand(options: PackageExportCommandOptions, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'read', locale);
  const selection: PackageSelection = {};
  if (options.series && options.series.length > 0) selection.series = options.series;
  if (options.year !== undefined) selection.years = yearsOf(options.year);
  if (options.issue && options.issue.length > 0) selection.issueIds = options.issue.map((ref) => library.findIssue(ref).id);
  const io = cliIo();
  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => controller.abort());
  const status = progressLine(locale);
  try {
    const report = await exportPackage(library, {
      out: options.out,
      selection,
      signal: controller.signal,
      onProgress: status.show,
      ...(options.organization !== undefined && { sourceOrganization: options.organization }),
      ...(options.description !== undefined && { description: options.description }),
    });
    status.clear();
    if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const megabytes = Math.round((report.payloadBytes / (1024 * 1024)) * 100) / 100;
      io.stdout.write(`${sayMessage(locale, { code: 'package-written', file: report.path, issues: report.issues, files: report.files, megabytes })}\n`);
    }
    return 0;
  } catch (error) {
    status.clear();
    if (controller.signal.aborted) {
      io.stderr.write(`bulletin-archive: ${sayMessage(locale, { code: 'package-cancelled', file: options.out })}\n`);
      return 130;
    }
    throw error;
  } finally {
    stopListening();
  }
}

/** `package verify PATH [--json]`: exit 0 for a sound package, 1 for a damaged one (every bad file listed). */
export async function packageVerifyCommand(bagPath: string, options: { json?: boolean }, locale: Locale): Promise<number> {
  const io = cliIo();
  const status = progressLine(locale);
  const report = await verifyPackage(bagPath, { onProgress: status.show });
  status.clear();
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (report.valid) {
    io.stdout.write(`${sayMessage(locale, { code: 'package-valid', file: report.path, issues: report.issues, files: report.files })}\n`);
  } else {
    const lines = [sayMessage(locale, { code: 'package-invalid', file: report.path, count: report.problems.length })];
    for (const p of report.problems) lines.push(`  ✗ ${problemLine(p, locale)}`);
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return report.valid ? 0 : 1;
}

function yearsOf(given: string): { from: number; to: number } {
  const match = /^(\d{4})(?:\s*[-–~]\s*(\d{4}))?$/.exec(given.trim());
  const from = Number(match?.[1]);
  const to = match?.[2] !== undefined ? Number(match[2]) : from;
  if (!match || from < 1900 || to > 2200 || from > to) throw ArchiveError.of('bad-input', { code: 'package-option-bad', option: '--year', given });
  return { from, to };
}

const PROBLEM_WORDS: Record<Locale, Record<BagProblemKind, string>> = {
  zh: {
    'not-a-bag': '不是 BagIt 数据包',
    malformed: '格式错误',
    truncated: '文件不完整（被截断）',
    'checksum-mismatch': '校验值不符',
    missing: '清单中有、包中缺少',
    'not-in-manifest': '不在清单中',
    'outside-data': '路径越出 data/',
    symlink: '符号链接',
    'too-large': '超出大小限制',
    'oxum-mismatch': 'Payload-Oxum 与内容不符',
    'tagmanifest-mismatch': '标签清单不符',
    'not-a-package': '不是内刊档案数据包',
  },
  en: {
    'not-a-bag': 'not a BagIt bag',
    malformed: 'malformed',
    truncated: 'truncated',
    'checksum-mismatch': 'checksum mismatch',
    missing: 'in the manifest but missing',
    'not-in-manifest': 'not in the manifest',
    'outside-data': 'path outside data/',
    symlink: 'a link',
    'too-large': 'over the size limits',
    'oxum-mismatch': 'Payload-Oxum does not match the payload',
    'tagmanifest-mismatch': 'tag manifest mismatch',
    'not-a-package': 'not a Bulletin Archive package',
  },
};

function problemLine(p: BagProblem, locale: Locale): string {
  const what = `${PROBLEM_WORDS[locale][p.problem]}${p.detail ? ` (${p.detail})` : ''}`;
  return p.path ? `${p.path} — ${what}` : what;
}

/** On a terminal, one status line rewritten in place; elsewhere nothing (a log wants no progress). */
function progressLine(locale: Locale): { show: (progress: PackageProgress) => void; clear: () => void } {
  const err = cliIo().stderr;
  let shown = false;
  if (!err.isTTY) return { show: () => undefined, clear: () => undefined };
  const phase = (p: PackageProgress['phase']): string =>
    locale === 'zh' ? ({ collect: '正在汇总', write: '正在写入', manifest: '正在写清单', verify: '正在校验', merge: '正在合并', restore: '正在恢复' } as const)[p] : p;
  return {
    show: (progress) => {
      const width = Math.max(20, (err.columns ?? 80) - 1);
      const line = `${phase(progress.phase)} ${progress.done}/${progress.total}${progress.item ? ` ${progress.item}` : ''}`;
      err.write(`\r${line.slice(0, width).padEnd(width)}`);
      shown = true;
    },
    clear: () => {
      if (shown) err.write(`\r${' '.repeat(Math.max(20, (err.columns ?? 80) - 1))}\r`);
    },
  };
}
