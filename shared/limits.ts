/** Limits both sides must agree on, kept free of zod so the renderer can import them. */

/**
 * Largest bulletin file the app accepts (bytes): what the importer reads (a 12-page scanned issue
 * is 20–50 MB), carried by upload or IPC bytes, never as base64 in a JSON body.
 */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;
