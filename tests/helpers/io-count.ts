import fs, { promises as fsp } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

/**
 * Counts the bytes the code under test reads and writes under one folder, by wrapping node:fs (the
 * promise API, file handles and the sync calls the journals use). A count, not a time: it does not
 * depend on how busy the machine is.
 */
export interface IoCount {
  read: number;
  written: number;
  /** Bytes per file (relative to the folder), for a failure message that says where they went. */
  files: Record<string, { read: number; written: number }>;
}

type Target = string | Buffer | URL | number | fsp.FileHandle;

export async function countIo<T>(folder: string, work: () => Promise<T>): Promise<{ result: T; io: IoCount }> {
  const root = path.resolve(folder);
  const io: IoCount = { read: 0, written: 0, files: {} };
  const handles = new WeakMap<object, string>();
  const fds = new Map<number, string>();
  const note = (file: string | undefined, kind: 'read' | 'written', bytes: number): void => {
    if (file === undefined || bytes <= 0) return;
    const rel = path.relative(root, path.resolve(file));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return;
    io[kind] += bytes;
    const entry = (io.files[rel] ??= { read: 0, written: 0 });
    entry[kind] += bytes;
  };
  const nameOf = (target: Target): string | undefined => {
    if (typeof target === 'string') return target;
    if (target instanceof URL) return target.pathname;
    if (Buffer.isBuffer(target)) return target.toString();
    if (typeof target === 'number') return fds.get(target);
    return handles.get(target);
  };
  const sizeOf = (data: unknown): number =>
    typeof data === 'string' ? Buffer.byteLength(data) : ArrayBuffer.isView(data) ? data.byteLength : 0;

  const probe = await fsp.open(root, 'r');
  const handleProto = Object.getPrototypeOf(probe) as {
    readFile: (...args: unknown[]) => Promise<string | Buffer>;
    read: (...args: unknown[]) => Promise<{ bytesRead: number }>;
    writeFile: (...args: unknown[]) => Promise<void>;
    appendFile: (...args: unknown[]) => Promise<void>;
    write: (...args: unknown[]) => Promise<{ bytesWritten: number }>;
  };
  await probe.close();


  const realOpen = fsp.open.bind(fsp);
  const realReadFile = fsp.readFile.bind(fsp);
  const realWriteFile = fsp.writeFile.bind(fsp);
  const realAppendFile = fsp.appendFile.bind(fsp);
  const realCopyFile = fsp.copyFile.bind(fsp);
  const realOpenSync = fs.openSync;
  const realCloseSync = fs.closeSync;
  const realReadSync = fs.readSync;
  const realReadFileSync = fs.readFileSync;
  const hp = { readFile: handleProto.readFile, read: handleProto.read, writeFile: handleProto.writeFile, appendFile: handleProto.appendFile, write: handleProto.write };

  const restore: (() => void)[] = [];
  const swap = <O extends object, K extends keyof O>(owner: O, key: K, value: O[K]): void => {
    const before = owner[key];
    owner[key] = value;
    restore.push(() => {
      owner[key] = before;
    });
  };

  swap(fsp, 'open', (async (file: Target, ...rest: unknown[]) => {
    const handle = await (realOpen as (...a: unknown[]) => Promise<fsp.FileHandle>)(file, ...rest);
    handles.set(handle, nameOf(file) ?? '');
    return handle;
  }) as typeof fsp.open);
  swap(fsp, 'readFile', (async (file: Target, ...rest: unknown[]) => {
    const data = await (realReadFile as (...a: unknown[]) => Promise<string | Buffer>)(file, ...rest);
    note(nameOf(file), 'read', sizeOf(data));
    return data;
  }) as typeof fsp.readFile);
  swap(fsp, 'writeFile', (async (file: Target, data: unknown, ...rest: unknown[]) => {
    note(nameOf(file), 'written', sizeOf(data));
    return (realWriteFile as (...a: unknown[]) => Promise<void>)(file, data, ...rest);
  }) as typeof fsp.writeFile);
  swap(fsp, 'appendFile', (async (file: Target, data: unknown, ...rest: unknown[]) => {
    note(nameOf(file), 'written', sizeOf(data));
    return (realAppendFile as (...a: unknown[]) => Promise<void>)(file, data, ...rest);
  }) as typeof fsp.appendFile);
  swap(fsp, 'copyFile', (async (from: string, to: string, ...rest: unknown[]) => {
    const size = (await fsp.stat(from).catch(() => ({ size: 0 }))).size;
    note(from, 'read', size);
    note(to, 'written', size);
    return (realCopyFile as (...a: unknown[]) => Promise<void>)(from, to, ...rest);
  }) as typeof fsp.copyFile);
  swap(handleProto, 'readFile', async function (this: object, ...args: unknown[]) {
    const data = await hp.readFile.apply(this, args);
    note(handles.get(this), 'read', sizeOf(data));
    return data;
  });
  swap(handleProto, 'read', async function (this: object, ...args: unknown[]) {
    const result = await hp.read.apply(this, args);
    note(handles.get(this), 'read', result.bytesRead);
    return result;
  });
  swap(handleProto, 'writeFile', async function (this: object, ...args: unknown[]) {
    note(handles.get(this), 'written', sizeOf(args[0]));
    return hp.writeFile.apply(this, args);
  });
  swap(handleProto, 'appendFile', async function (this: object, ...args: unknown[]) {
    note(handles.get(this), 'written', sizeOf(args[0]));
    return hp.appendFile.apply(this, args);
  });
  swap(handleProto, 'write', async function (this: object, ...args: unknown[]) {
    const result = await hp.write.apply(this, args);
    note(handles.get(this), 'written', result.bytesWritten);
    return result;
  });
  swap(fs, 'openSync', ((file: Target, ...rest: unknown[]) => {
    const fd = (realOpenSync as (...a: unknown[]) => number)(file, ...rest);
    const name = nameOf(file);
    if (name !== undefined) fds.set(fd, name);
    return fd;
  }) as typeof fs.openSync);
  swap(fs, 'closeSync', ((fd: number) => {
    fds.delete(fd);
    realCloseSync(fd);
  }) as typeof fs.closeSync);
  swap(fs, 'readSync', ((fd: number, ...rest: unknown[]) => {
    const n = (realReadSync as (...a: unknown[]) => number)(fd, ...rest);
    note(fds.get(fd), 'read', n);
    return n;
  }) as typeof fs.readSync);
  swap(fs, 'readFileSync', ((file: Target, ...rest: unknown[]) => {
    const data = (realReadFileSync as (...a: unknown[]) => string | Buffer)(file, ...rest);
    note(nameOf(file), 'read', sizeOf(data));
    return data;
  }) as typeof fs.readFileSync);
  syncBuiltinESMExports();
  try {
    return { result: await work(), io };
  } finally {
    for (const undo of restore.reverse()) undo();
    syncBuiltinESMExports();
  }
}
