import { ArchiveError } from '../core/errors';
import type { CliIo, CliReader } from './io';

/**
 * A password as the person types it, never echoed: on a terminal the keys are read raw and
 * nothing is printed back; from a pipe or file (scripts, tests) the lines are read as given.
 * `count` 2 asks twice on a terminal (a typo would lock the account's owner out); from a pipe
 * the first line is the password.
 */
export async function readPassword(io: CliIo, prompts: readonly string[]): Promise<string> {
  const stdin = io.stdin;
  if (stdin === undefined) throw ArchiveError.of('bad-input', { code: 'no-password-given' });
  if (stdin.isTTY && stdin.setRawMode && stdin.on && stdin.off) {
    const typed: string[] = [];
    for (const prompt of prompts) typed.push(await readHidden(stdin, io, prompt));
    if (typed.some((t) => t !== typed[0])) throw ArchiveError.of('bad-input', { code: 'passwords-differ' });
    const first = typed[0] ?? '';
    if (first === '') throw ArchiveError.of('bad-input', { code: 'no-password-given' });
    return first;
  }
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (text.includes('\n')) break;
  }
  const line = (text.split('\n')[0] ?? '').replace(/\r$/, '');
  if (line === '') throw ArchiveError.of('bad-input', { code: 'no-password-given' });
  return line;
}

function readHidden(stdin: CliReader, io: CliIo, prompt: string): Promise<string> {
  io.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null): void => {
      stdin.off?.('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause?.();
      io.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const ch of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(null);
        // Ctrl+C: nothing is changed.
        if (ch === '\u0003') return finish(ArchiveError.of('bad-input', { code: 'no-password-given' }));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.setRawMode?.(true);
    stdin.resume?.();
    stdin.on?.('data', onData);
  });
}
