// tesseract.js's own worker script, driven in our worker thread (engine.ts) instead of in a
// thread tesseract.js would start itself: then the memory limit, deadline and cancel are ours,
// and the adapter below decides where data comes from (never the network).
declare module 'tesseract.js/src/worker-script/index.js' {
  export interface EnginePacket {
    workerId: string;
    jobId: number;
    action: string;
    payload: unknown;
  }
  export interface EngineReply {
    jobId: number;
    action: string;
    status: 'resolve' | 'reject' | 'progress';
    data: unknown;
  }
  export interface EngineAdapter {
    getCore: (lstmOnly: boolean, corePath: string | undefined, res: unknown) => Promise<unknown>;
    gunzip: (data: Uint8Array) => Uint8Array;
    fetch: (url: string) => Promise<never>;
    readCache: (path: string) => Promise<Uint8Array>;
    writeCache: (path: string, data: Uint8Array) => Promise<void>;
    deleteCache: (path: string) => Promise<void>;
    checkCache: (path: string) => Promise<boolean>;
  }
  export function dispatchHandlers(packet: EnginePacket, send: (reply: EngineReply) => void): void;
  export function setAdapter(adapter: EngineAdapter): void;
}
declare module 'tesseract.js/src/worker-script/node/getCore.js' {
  const getCore: (lstmOnly: boolean, corePath: string | undefined, res: unknown) => Promise<unknown>;
  export default getCore;
}
