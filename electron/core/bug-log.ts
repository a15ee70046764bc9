/**
 * Where the core notes a real bug (an error that is neither an ArchiveError nor a refusal of the
 * machine). The app's log wants the stack; the command line shows a stack only with --debug, so
 * a person never reads one by accident (issue 20, defect 10).
 */
let withStacks = true;

export function setBugStacks(show: boolean): void {
  withStacks = show;
}

export function logBug(what: string, error: unknown): void {
  if (withStacks) console.error(what, error);
  else console.error(what, error instanceof Error ? error.message : String(error));
}
