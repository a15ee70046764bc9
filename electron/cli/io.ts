import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';

/** Where a command writes: a stream of the process, or a test's buffer. */
export interface CliWriter {
  write(chunk: string | Uint8Array): unknown;
  /** A terminal gets progress lines rewritten in place; a file or a pipe does not. */
  isTTY?: boolean;
  columns?: number;
}

/** Where a command reads what is typed (a password): the process's stdin, or a test's text. */
export interface CliReader extends AsyncIterable<string | Buffer> {
  /** A terminal is read key by key without echo; a pipe or a file is read as lines. */
  isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
  on?(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off?(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  resume?(): unknown;
  pause?(): unknown;
}

/**
 * What a command run sees of the world: its output streams, environment, working folder, and
 * the person's Ctrl+C. The real binary passes the process's own; tests pass buffers and a
 * folder of their own and call `main` in-process, with no process per command.
 */
export interface CliIo {
  stdout: CliWriter;
  stderr: CliWriter;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Calls `listener` when the person asks the command to stop; returns how to stop listening. */
  onInterrupt(listener: () => void): () => void;
  /** What is typed (users add / passwd read the password from it); none by default in tests. */
  stdin?: CliReader;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    onInterrupt: (listener) => {
      process.once('SIGINT', listener);
      process.once('SIGTERM', listener);
      return () => {
        process.off('SIGINT', listener);
        process.off('SIGTERM', listener);
      };
    },
  };
}

const current = new AsyncLocalStorage<CliIo>();

/** The io of the command running now (the process's own outside `main`). */
export function cliIo(): CliIo {
  return current.getStore() ?? processIo();
}

export function withCliIo<T>(io: CliIo, run: () => Promise<T>): Promise<T> {
  return current.run(io, run);
}

/** A path as the person typed it, against the folder they typed it in. */
export function resolveArg(io: CliIo, given: string): string {
  return path.resolve(io.cwd, given);
}
