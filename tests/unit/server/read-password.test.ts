import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { CliIo, CliReader } from '../../../electron/cli/io';
import { readPassword } from '../../../electron/cli/read-password';
import { collector } from '../../helpers/cli';

/** A terminal the person types on: keys arrive one `data` event at a time, in raw mode. */
function terminal(keys: string[]): CliReader & { raw: boolean[] } {
  const events = new EventEmitter();
  const raw: boolean[] = [];
  return {
    isTTY: true,
    raw,
    setRawMode: (on: boolean) => raw.push(on),
    on: (event, listener) => events.on(event, listener),
    off: (event, listener) => events.off(event, listener),
    resume: () => {
      const key = keys.shift();
      if (key !== undefined) setImmediate(() => events.emit('data', Buffer.from(key)));
    },
    pause: () => undefined,
    [Symbol.asyncIterator]: () => {
      throw new Error('a terminal is not read as a stream');
    },
  };
}

function ioWith(stdin: CliReader) {
  const stderr = collector();
  const io: CliIo = { stdout: collector(), stderr, env: {}, cwd: '/', stdin, onInterrupt: () => () => undefined };
  return { io, said: () => stderr.bytes().toString('utf8') };
}

describe('reading a password on a terminal', () => {
  it('reads it twice in raw mode, shows nothing of it, and takes Backspace', async () => {
    const stdin = terminal(['secret pass\x7fs\r', 'secret pass\r']);
    const { io, said } = ioWith(stdin);
    await expect(readPassword(io, ['Password: ', 'Again: '])).resolves.toBe('secret pass');
    expect(said()).toBe('Password: \nAgain: \n');
    expect(stdin.raw).toEqual([true, false, true, false]);
  });

  it('refuses two different passwords, and Ctrl+C, changing nothing', async () => {
    await expect(readPassword(ioWith(terminal(['first one!\r', 'second one\r'])).io, ['P: ', 'A: '])).rejects.toMatchObject({ said: { code: 'passwords-differ' } });
    const stdin = terminal(['abc\x03']);
    await expect(readPassword(ioWith(stdin).io, ['P: '])).rejects.toMatchObject({ said: { code: 'no-password-given' } });
    // The terminal is left as it was found.
    expect(stdin.raw.at(-1)).toBe(false);
  });
});
