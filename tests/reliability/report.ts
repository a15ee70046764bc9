/**
 * What each area of the reliability suite found, and how it is told: one row per check, a
 * line per failure with its seed and a command that reproduces it, and bench/reliability.json.
 */

/** A defect of issue 20 ("Defects", numbered as there) that a failure is an instance of. */
export type DefectNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

export interface Failure {
  /** What went wrong, in one line. */
  what: string;
  /** The seed (or case name) that produced it. */
  seed: string;
  /** One command line that runs this case again. */
  repro: string;
  /** Set when the failure is a known defect of issue 20 that another branch is fixing. */
  defect?: DefectNumber;
}

export interface CheckResult {
  area: string;
  check: string;
  tries: number;
  failures: Failure[];
  /** Acknowledged writes (or stored data) that were gone afterwards without a word. */
  lost: number;
  /** Why the check did not run (no tmpfs, a feature that does not exist yet). */
  skipped?: string;
  /** Figures worth keeping beside the counts (peak memory, slowest input…). */
  figures?: Record<string, number | string>;
}

/** Collects the results of one check as it runs. */
export class Check {
  readonly result: CheckResult;
  constructor(area: string, check: string) {
    this.result = { area, check, tries: 0, failures: [], lost: 0 };
  }
  try(): void {
    this.result.tries += 1;
  }
  fail(failure: Failure): void {
    this.result.failures.push(failure);
    const defect = failure.defect === undefined ? 'NEW' : `defect ${failure.defect}`;
    process.stdout.write(`  ✗ [${this.result.area}/${this.result.check}] (${defect}) ${failure.what}\n    seed ${failure.seed} — repro: ${failure.repro}\n`);
  }
  lose(count = 1): void {
    this.result.lost += count;
  }
  skip(reason: string): void {
    this.result.skipped = reason;
    process.stdout.write(`  – [${this.result.area}/${this.result.check}] skipped: ${reason}\n`);
  }
  /** Adds one to a counted figure (kills that landed, inputs over their deadline…). */
  count(name: string): void {
    const now = this.result.figures?.[name];
    this.figure(name, (typeof now === 'number' ? now : 0) + 1);
  }
  figure(name: string, value: number | string): void {
    this.result.figures = { ...this.result.figures, [name]: value };
  }
}

export function repro(args: string): string {
  return `npm run test:reliability -- ${args}`;
}

export function formatTable(results: readonly CheckResult[]): string {
  const rows = results.map((r) => {
    const known = new Set(r.failures.flatMap((f) => (f.defect === undefined ? [] : [f.defect])));
    const unknown = r.failures.filter((f) => f.defect === undefined).length;
    const notes = [
      ...Object.entries(r.figures ?? {}).map(([k, v]) => `${k} ${v}`),
      ...(known.size > 0 ? [`defects ${[...known].sort((a, b) => a - b).join(', ')}`] : []),
      ...(unknown > 0 ? [`${unknown} NEW`] : []),
      ...(r.skipped ? [`skipped: ${r.skipped.split(/[—:(]/u)[0]!.trim()}`] : []),
    ].join('; ');
    return [r.area, r.check, String(r.tries), String(r.failures.length), String(r.lost), notes];
  });
  const head = ['area', 'check', 'tries', 'failures', 'lost', 'notes'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i] ?? 0) : pad(c, widths[i] ?? 0))).join('  ').trimEnd();
  const total = results.reduce((sum, r) => ({ tries: sum.tries + r.tries, failures: sum.failures + r.failures.length, lost: sum.lost + r.lost }), {
    tries: 0,
    failures: 0,
    lost: 0,
  });
  return [
    line(head),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
    widths.map((w) => '─'.repeat(w)).join('  '),
    line(['total', '', String(total.tries), String(total.failures), String(total.lost), '']),
  ].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

/**
 * A message that shows the program's insides instead of telling the person what to do
 * (issue 20, defects 10 and 12): a stack frame, a library's internal error, an undefined.
 */
const LEAKS: readonly [RegExp, string][] = [
  [/\n\s+at [^\n]+[(:]\d+/u, 'stack trace'],
  [/unexpected error/iu, 'unexpected error'],
  [/\[xmldom [a-z]+\]/iu, 'xmldom internals'],
  [/line:undefined|undefined\b.*\bline/iu, 'undefined position'],
  [/\bBug\s*:/u, 'library "Bug :" message'],
  [/Cannot read propert(?:y|ies) of (?:undefined|null)/u, 'TypeError text'],
  [/\b(?:TypeError|RangeError|ReferenceError|SyntaxError)\b/u, 'JavaScript error name'],
  [/Maximum call stack/u, 'stack overflow'],
  [/\bE[A-Z]{3,}\b:/u, 'raw system error code'],
  [/not yet supported/iu, 'claims a supported format is unsupported'],
];

/** Stack traces and "unexpected error" are defect 10; every other leak is defect 12. */
export function leakDefect(leak: string): DefectNumber {
  return leak === 'stack trace' || leak === 'unexpected error' ? 10 : 12;
}

export function leakIn(text: string): string | null {
  for (const [pattern, name] of LEAKS) if (pattern.test(text)) return name;
  return null;
}
