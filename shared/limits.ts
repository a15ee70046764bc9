/** Limits both sides must agree on, kept free of zod so the renderer can import them. */

/**
 * Largest bulletin file the app accepts (bytes): what the importer reads (a 12-page scanned issue
 * is 20–50 MB), carried by upload or IPC bytes, never as base64 in a JSON body.
 */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Largest package (issue 15) browser mode accepts by upload: a library of several GB travels on a
 * USB stick as one bag. Streamed to disk as it arrives, never held; only the package calls name
 * such an upload (`POST /api/upload?for=package`), bulletins keep MAX_IMPORT_FILE_BYTES.
 */
export const MAX_PACKAGE_UPLOAD_BYTES = 32 * 1024 * 1024 * 1024;
/** Where a package is streamed to in browser mode (the upload path with its purpose). */
export const PACKAGE_UPLOAD_QUERY = 'for=package';
