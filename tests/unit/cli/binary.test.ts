import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../../helpers/temp-library';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../../bin/bulletin-archive.mjs');

/**
 * The real binary, as `npx bulletin-archive` starts it: a few smoke tests that the shebang file,
 * tsx and the exit status work together. Every command's behaviour is tested in-process
 * (commands.test.ts and the others), so these stay few: each starts a process.
 */
describe('the bulletin-archive binary', () => {
  it('parses a bulletin and exits 0', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'parse', SAMPLE, '--json'], { env: { ...process.env, LANG: 'en_US.UTF-8' } });
    expect(JSON.parse(stdout).articles).toHaveLength(6);
  }, 60_000);

  it('exits 1 with the message on standard error when the file is missing', async () => {
    const failure = await run(process.execPath, [BIN, 'parse', 'no-such-file.txt'], { env: { ...process.env, LANG: 'en_US.UTF-8' } }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^bulletin-archive: .*no such file/);
  }, 60_000);
});
