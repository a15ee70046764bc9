import { register } from 'node:module';
import type { ArchiveMessage } from '../../../shared/messages';

/**
 * One fuzz child: reads the bulletins it is sent with the importer's own readBulletin and
 * answers what a person would be told. The pool (fuzz.ts) gives each input a deadline and
 * watches this process's memory; a child that runs over either is killed and replaced.
 * FUZZ_IN_THREAD=1 runs PDF and Word extraction in this thread (in-thread-hooks.mjs).
 */

export interface FuzzRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export interface FuzzAnswer {
  id: number;
  outcome: 'parsed' | 'refused' | 'thrown';
  code: string | null;
  /** What the person reads: English and Chinese, the error's message or the warnings. */
  said: string[];
  ms: number;
}

if (process.env.FUZZ_IN_THREAD === '1') register('./in-thread-hooks.mjs', import.meta.url);
const { readBulletin } = await import('../../../electron/core/importers/read-bulletin');
const { ArchiveError } = await import('../../../electron/core/errors');
const { sayMessage } = await import('../../../shared/message-text');

const bothLanguages = (message: ArchiveMessage): string[] => [sayMessage('en', message), sayMessage('zh', message)];

process.on('message', (request: FuzzRequest) => {
  const started = performance.now();
  const answer = (outcome: FuzzAnswer['outcome'], code: string | null, said: string[]): void => {
    process.send?.({ id: request.id, outcome, code, said, ms: performance.now() - started } satisfies FuzzAnswer);
  };
  readBulletin(request.name, new Uint8Array(request.bytes)).then(
    (read) => answer('parsed', null, read.parsed.warnings.flatMap(bothLanguages)),
    (error: unknown) => {
      if (error instanceof ArchiveError) {
        const code = error.said?.code ?? error.code;
        answer('refused', code, [error.message, ...(error.said ? [sayMessage('zh', error.said)] : [])]);
      } else answer('thrown', null, [error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)]);
    },
  );
});
process.send?.({ ready: true });
