import { main } from '../../electron/cli/main';
import type { CliWriter } from '../../electron/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Standard output as bytes (an export in GB18030 is not UTF-8). */
  stdoutBytes: Buffer;
}

/** A writer that keeps what a command printed. */
export function collector(): CliWriter & { bytes(): Buffer } {
  const chunks: Buffer[] = [];
  return {
    write: (chunk: string | Uint8Array) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)),
    bytes: () => Buffer.concat(chunks),
  };
}

/**
 * `bulletin-archive ARGS` run in this process, as a person on an English system would run it:
 * the same parsing, commands and exit status as the binary, without a process per command.
 */
export async function cli(args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(args, {
    stdout,
    stderr,
    env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
    cwd,
    onInterrupt: () => () => undefined,
  });
  const bytes = stdout.bytes();
  return { code, stdout: bytes.toString('utf8'), stderr: stderr.bytes().toString('utf8'), stdoutBytes: bytes };
}
