import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract';
import type { UploadReceipt } from '../../shared/contract';
import { MAX_PACKAGE_UPLOAD_BYTES } from '../../shared/limits';
import { sayMessage } from '../../shared/message-text';
import type { UploadStore } from '../core/api/uploads';
import { refuse, send } from './reply';

/** Where browser mode streams a file before the import call that names it. Not a method name (no dot). */
export const UPLOAD_PATH = '/api/upload';

/** A package (issue 15) may be several GB and is an administrator's; bulletins keep their own limit. */
export function isPackageUpload(request: IncomingMessage): boolean {
  return new URL(request.url ?? '/', 'http://placeholder').searchParams.get('for') === 'package';
}

/** The raw bytes of one file, streamed to the library's upload folder, size-checked as they come (the caller has checked who sends it). */
export async function acceptUpload(request: IncomingMessage, response: ServerResponse, uploads: UploadStore): Promise<void> {
  const header = request.headers['content-length'];
  const declared = header === undefined ? undefined : Number(header);
  const forPackage = isPackageUpload(request);
  const limit = forPackage ? MAX_PACKAGE_UPLOAD_BYTES : MAX_IMPORT_FILE_BYTES;
  const received = declared !== undefined && declared > limit ? ({ kind: 'too-large' } as const) : await uploads.receive(request, limit, declared);
  if (received.kind === 'incomplete') {
    return refuse(response, { status: 400, code: 'incomplete', message: 'The file did not arrive in full. Import it again.' });
  }
  if (received.kind === 'too-large') {
    request.resume();
    // The rest of the body is never read: close the connection rather than reuse it.
    response.shouldKeepAlive = false;
    const said = forPackage
      ? ({ code: 'package-upload-too-large', gigabytes: MAX_PACKAGE_UPLOAD_BYTES / 1024 ** 3 } as const)
      : ({ code: 'upload-too-large', megabytes: MAX_IMPORT_FILE_BYTES / 1024 / 1024 } as const);
    const body = JSON.stringify({ ok: false, error: { code: 'too-large', message: sayMessage('en', said), said } });
    return send(response, 413, 'application/json; charset=utf-8', body);
  }
  const receipt: UploadReceipt = { upload: received.upload, size: received.size };
  return send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, data: receipt }));
}
