// pdfjs-dist ships no declarations for its worker module; pdfjs.ts only loads it for its effect
// (it sets globalThis.pdfjsWorker, which pdf.js in Node runs in the same thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
