/** Limits both sides must agree on, kept free of zod so the renderer can import them. */

/** Largest bulletin file the renderer may hand over in one call (bytes, before base64). */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;
