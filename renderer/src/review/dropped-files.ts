/**
 * Files dropped on the window, with the files inside dropped folders (recursively). A drop's
 * items can be read only while its event is being handled, so the entries are taken at once
 * and the folders read afterwards.
 */
export interface DroppedFile {
  file: File;
  /** The path inside the dropped folder (2024/第5期.pdf), or the file's name. */
  path: string;
}

export function filesFromDrop(transfer: DataTransfer | null): Promise<DroppedFile[]> {
  if (!transfer) return Promise.resolve([]);
  const files = [...transfer.files];
  const entries = [...transfer.items].map((item) => (item.kind === 'file' && typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (!entries.some((entry) => entry?.isDirectory)) return Promise.resolve(files.map((file) => ({ file, path: file.name })));
  return Promise.all(entries.map((entry, index) => (entry ? readEntry(entry) : fallback(files[index])))).then((lists) => lists.flat());
}

function fallback(file: File | undefined): Promise<DroppedFile[]> {
  return Promise.resolve(file ? [{ file, path: file.name }] : []);
}

async function readEntry(entry: FileSystemEntry): Promise<DroppedFile[]> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    return [{ file, path: entry.fullPath.replace(/^\//, '') }];
  }
  if (isDirectory(entry)) {
    const children = await readAll(entry.createReader());
    return (await Promise.all(children.map(readEntry))).flat();
  }
  return [];
}

/** A directory reader answers in batches until it answers with none. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
