import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import { METHOD_ROLES } from '../../../shared/contract';
import type { ApiMethod, ApiResult } from '../../../shared/contract';
import { DESKTOP_CALLER, roleAllows } from '../../../shared/people';
import type { Caller } from '../../../shared/people';
import type { ArchiveMessage } from '../../../shared/messages';
import { isArchiveError } from '../errors';
import { asExpectedFailure } from '../system-refusal';
import { createHandlers } from './handlers';
import type { Handlers, ParsedInput } from './handlers';
import type { ApiContext } from './context';

/** `caller` defaults to the desktop keeper (Electron, loopback browser mode, tests). */
export type Dispatch = (method: unknown, input: unknown, caller?: Caller) => Promise<ApiResult<unknown>>;

export interface DispatchLog {
  error(message: string, error: unknown): void;
}

/** Own properties only: `constructor`, `__proto__` and `toString` are not methods. */
export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.hasOwn(contract, method);
}

/**
 * Every call is untrusted: the method is looked up, the input parsed by the method's strict
 * schema (unknown keys rejected), the caller's role checked against the one the method needs
 * (METHOD_ROLES, issue 18), and only then does the handler run. Expected failures become
 * `{ ok: false, error }`; anything else is logged and reported without internals.
 * Made by createArchive (archive.ts), which owns the context's lifecycle.
 */
export function createDispatch(context: ApiContext, log: DispatchLog = console): Dispatch {
  const handlers = createHandlers(context);
  return async (method, input, caller = DESKTOP_CALLER) => {
    if (!isApiMethod(method)) {
      return failure('unknown-method', `Unknown API method: ${describe(method)}.`);
    }
    if (!roleAllows(caller.role, METHOD_ROLES[method])) {
      const said: ArchiveMessage = { code: 'role-needed', method, needed: METHOD_ROLES[method], held: caller.role };
      return failure('forbidden', `${method} needs the ${METHOD_ROLES[method]} role.`, said);
    }
    const call = bind(handlers, method, input, caller);
    if (!call.success) {
      return failure('bad-input', `Invalid arguments for ${method}: ${summarise(call.error)}`);
    }
    try {
      return { ok: true, data: await call.run() };
    } catch (thrown) {
      // A full disk or a read-only folder is said as such, not as an internal error (issue 20).
      const error = asExpectedFailure(thrown);
      if (isArchiveError(error)) return failure(error.code, error.message, error.said);
      log.error(`API ${method} failed`, error);
      return failure('internal', 'Something went wrong inside the archive. The details are in the log; please try again.');
    }
  };
}

type Bound = { success: true; run: () => Promise<unknown> } | { success: false; error: z.ZodError };

function bind<M extends ApiMethod>(handlers: Handlers, method: M, input: unknown, caller: Caller): Bound {
  const handler: (input: ParsedInput<M>, caller: Caller) => Promise<unknown> = handlers[method];
  const parsed = inputSchema(method).safeParse(input);
  if (!parsed.success) return { success: false, error: parsed.error };
  return { success: true, run: () => handler(parsed.data, caller) };
}

function inputSchema<M extends ApiMethod>(method: M): z.ZodType<ParsedInput<M>> {
  // TypeScript cannot correlate contract[M] with ParsedInput<M> through zod's generics; the
  // table is one `as const` object, so the pairing holds by construction.
  return contract[method].input as unknown as z.ZodType<ParsedInput<M>>;
}

function failure(code: string, message: string, said?: ArchiveMessage): ApiResult<never> {
  return { ok: false, error: said ? { code, message, said } : { code, message } };
}

function describe(method: unknown): string {
  return typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : typeof method;
}

function summarise(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}
