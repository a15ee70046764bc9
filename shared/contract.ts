import { z } from 'zod';
import type { Article, Issue, IssueSummary } from './catalog';

/**
 * The one API between the renderer and the archive. Both transports (Electron IPC and the
 * loopback HTTP server of browser mode) validate `input` with these schemas before the core
 * sees it, and answer with an ApiResult. The renderer imports only types from here.
 */

export const ImportOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('imported'), file: z.string(), issueId: z.string(), message: z.string() }),
  z.strictObject({ status: z.literal('duplicate'), file: z.string(), issueId: z.string(), message: z.string() }),
  z.strictObject({ status: z.literal('failed'), file: z.string(), code: z.string(), message: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** Largest bulletin file the renderer may hand over in one call (bytes, before base64). */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;

const IssueIdSchema = z.string().regex(/^[a-z0-9-]{4,64}$/);
const ArticleIdSchema = z.string().regex(/^[a-z0-9-]{4,64}-\d{1,4}$/);

export const LibraryInfoSchema = z.strictObject({
  path: z.string(),
  issueCount: z.number(),
  notices: z.array(z.string()),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;

export const contract = {
  'library.info': { input: z.strictObject({}) },
  'issues.list': { input: z.strictObject({}) },
  'issues.get': { input: z.strictObject({ issueId: IssueIdSchema }) },
  'articles.get': { input: z.strictObject({ articleId: ArticleIdSchema }) },
  'import.bulletins': {
    input: z.strictObject({
      files: z
        .array(
          z.strictObject({
            name: z.string().min(1).max(1024),
            dataBase64: z.string().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4),
          }),
        )
        .min(1)
        .max(500),
    }),
  },
  'import.sample': { input: z.strictObject({}) },
} as const;

/** Result types, kept beside the input schemas so both sides agree. */
export interface ApiOutputs {
  'library.info': LibraryInfo;
  'issues.list': IssueSummary[];
  'issues.get': Issue;
  'articles.get': Article;
  'import.bulletins': ImportOutcome[];
  'import.sample': ImportOutcome;
}

export type ApiMethod = keyof typeof contract;
export type ApiInput<M extends ApiMethod> = z.input<(typeof contract)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

export type ApiError = { code: string; message: string };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** What the preload exposes as window.archive, and what browser mode provides the same way. */
export interface ArchiveBridge {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>>;
}
