import { readdirSync, readFileSync } from 'node:fs';
import { createDeflate } from 'node:zlib';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../bench/random';
import { ROOT } from '../bulletins';

/**
 * What the fuzzer mutates: the real sample, the project's own fixtures and the shared real-world
 * files (tests/fixtures/reliability/README.md), by kind. An input is drawn from its seed alone,
 * so one seed reproduces one input.
 */

export type SourceKind = 'text' | 'pdf' | 'word' | 'package';

export interface Source {
  kind: SourceKind;
  name: string;
  bytes: Buffer;
}

const fixtures = (folder: string, ext: RegExp): string[] =>
  readdirSync(path.join(ROOT, 'tests', 'fixtures', folder))
    .filter((n) => ext.test(n))
    .sort()
    .map((n) => path.join(ROOT, 'tests', 'fixtures', folder, n));

export function loadSources(extra: readonly Source[] = []): Source[] {
  const from = (kind: SourceKind, files: readonly string[]): Source[] => files.map((f) => ({ kind, name: path.basename(f), bytes: readFileSync(f) }));
  return [
    ...from('text', [path.join(ROOT, 'resources', 'sample-kjqbck-2024-03.txt'), ...fixtures('bulletins', /\.txt$/u), ...fixtures('text', /\.(txt|xml)$/u)]),
    ...from('pdf', fixtures('pdf', /\.pdf$/u)),
    ...from('word', fixtures('docx', /\.docx$/u)),
    ...from('package', fixtures('reliability', /\.(ofd|zip)$/u)),
    ...extra,
  ];
}

/** Shares of the inputs by kind: mostly bulletins as offices send them. */
const WEIGHTS: readonly [SourceKind, number][] = [
  ['text', 0.45],
  ['pdf', 0.3],
  ['word', 0.18],
  ['package', 0.07],
];

export interface FuzzInput {
  seed: number;
  name: string;
  bytes: Uint8Array;
  source: string;
  kind: SourceKind;
  mutations: string[];
}

export function fuzzInput(seed: number, sources: readonly Source[]): FuzzInput {
  const random = seededRandom(seed);
  let roll = random();
  let kind: SourceKind = 'text';
  for (const [k, w] of WEIGHTS) {
    if (roll < w) {
      kind = k;
      break;
    }
    roll -= w;
  }
  // Given only some kinds (the worker path takes PDF and Word), draw from what there is.
  const ofKind = sources.filter((s) => s.kind === kind);
  const pool = ofKind.length > 0 ? ofKind : sources;
  const source = pool[Math.floor(random() * pool.length)]!;
  kind = source.kind;
  let bytes: Buffer = Buffer.from(source.bytes);
  const mutations: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let m = 0; m < count; m++) {
    const [name, next] = mutate(bytes, random, sources);
    mutations.push(name);
    bytes = next;
  }
  return { seed, name: source.name, bytes: new Uint8Array(bytes), source: source.name, kind, mutations };
}

type Mutation = (bytes: Buffer, random: () => number, sources: readonly Source[]) => Buffer;

const at = (bytes: Buffer, random: () => number): number => Math.floor(random() * Math.max(1, bytes.length));

const MUTATIONS: readonly [string, Mutation][] = [
  ['flip-bytes', (b, r) => {
    const out = Buffer.from(b);
    for (let i = 1 + Math.floor(r() * 8); i > 0 && out.length > 0; i--) out[at(out, r)] = Math.floor(r() * 256);
    return out;
  }],
  ['flip-bits', (b, r) => {
    const out = Buffer.from(b);
    for (let i = 1 + Math.floor(r() * 16); i > 0 && out.length > 0; i--) {
      const p = at(out, r);
      out[p] = (out[p] ?? 0) ^ (1 << Math.floor(r() * 8));
    }
    return out;
  }],
  ['truncate', (b, r) => b.subarray(0, at(b, r))],
  ['delete-range', (b, r) => {
    const from = at(b, r);
    return Buffer.concat([b.subarray(0, from), b.subarray(Math.min(b.length, from + 1 + Math.floor(r() * 512)))]);
  }],
  ['repeat-range', (b, r) => {
    const from = at(b, r);
    const chunk = b.subarray(from, from + 1 + Math.floor(r() * 256));
    const times = 1 + Math.floor(r() * 64);
    return Buffer.concat([b.subarray(0, from), ...Array.from({ length: times }, () => chunk), b.subarray(from)]);
  }],
  ['insert-random', (b, r) => {
    const from = at(b, r);
    const junk = Buffer.from(Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256)));
    return Buffer.concat([b.subarray(0, from), junk, b.subarray(from)]);
  }],
  ['nul-run', (b, r) => {
    const out = Buffer.from(b);
    const from = at(out, r);
    out.fill(0, from, Math.min(out.length, from + Math.floor(r() * 128)));
    return out;
  }],
  ['splice-other', (b, r, sources) => {
    const other = sources[Math.floor(r() * sources.length)]!.bytes;
    const from = at(other, r);
    return Buffer.concat([b.subarray(0, at(b, r)), other.subarray(from, from + Math.floor(r() * 4096))]);
  }],
  // Numbers are where PDF parsers trust the file: lengths, offsets, counts, object numbers.
  ['extreme-number', (b, r) => {
    const text = b.toString('latin1');
    const numbers = [...text.matchAll(/\d{1,9}/gu)];
    if (numbers.length === 0) return b;
    const hit = numbers[Math.floor(r() * numbers.length)]!;
    const value = ['0', '-1', '2147483647', '4294967296', '99999999999', '1e308', 'NaN'][Math.floor(r() * 7)]!;
    const index = hit.index ?? 0;
    return Buffer.concat([b.subarray(0, index), Buffer.from(value, 'latin1'), b.subarray(index + hit[0].length)]);
  }],
];

function mutate(bytes: Buffer, random: () => number, sources: readonly Source[]): [string, Buffer] {
  const [name, fn] = MUTATIONS[Math.floor(random() * MUTATIONS.length)]!;
  return [name, fn(bytes, random, sources)];
}

/** One byte of a text bulletin's body changed (defect 13): the file should still import. */
export function singleByteFlip(seed: number, source: Source): FuzzInput {
  const random = seededRandom(seed);
  const out = Buffer.from(source.bytes);
  // Past the masthead, so the flip damages a sentence, not the series title.
  const position = 400 + Math.floor(random() * (out.length - 400));
  out[position] = Math.floor(random() * 256);
  return { seed, name: source.name, bytes: new Uint8Array(out), source: source.name, kind: 'text', mutations: [`byte ${position}`] };
}

/**
 * A 1 MB PDF whose one content stream inflates to 1 GiB (issue 20, defect 3): kept in the
 * system's temp folder, made once (deflating a gibibyte of zeros takes a few seconds).
 */
export async function inflationBomb(): Promise<Source> {
  const file = path.join(os.tmpdir(), 'bulletin-archive-reliability-inflate-1g.pdf');
  if (!existsSync(file) || statSync(file).size < 1000) {
    const stream = await deflateZeros(1024 * 1024 * 1024);
    const parts: string[] = [];
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    ];
    let pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
    const offsets: number[] = [];
    for (const [i, body] of objects.entries()) {
      offsets.push(pdf.length);
      pdf = Buffer.concat([pdf, Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1')]);
    }
    offsets.push(pdf.length);
    pdf = Buffer.concat([pdf, Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    const xref = pdf.length;
    parts.push(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
    parts.push(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
    pdf = Buffer.concat([pdf, Buffer.from(parts.join(''), 'latin1')]);
    const temp = `${file}.${process.pid}`;
    await new Promise<void>((resolve, reject) => createWriteStream(temp).on('error', reject).end(pdf, resolve));
    await rename(temp, file);
  }
  return { kind: 'pdf', name: 'inflate-1g.pdf', bytes: readFileSync(file) };
}

async function deflateZeros(total: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const zeros = Buffer.alloc(16 * 1024 * 1024);
  for (let written = 0; written < total; written += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}
