import { createPrivateKey, X509Certificate } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isIP } from 'node:net';
import { generate } from 'selfsigned';
import { ArchiveError } from '../core/errors';
import { writeFileDurably } from '../core/library/durable-file';

export interface ServerCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, colon-separated hex, as browsers show it. */
  fingerprint: string;
  /** Where it came from: the office's files, or generated (and kept) on first start. */
  origin: 'office' | 'generated';
  file: string;
}

export const CERT_FILE = 'certificate.pem';
export const KEY_FILE = 'private-key.pem';
/** A self-signed certificate is trusted by its fingerprint, not its dates: long-lived, so colleagues check it once. */
const GENERATED_DAYS = 3650;

/** The office's certificate and key (PEM): read, checked to be a pair. */
export async function officeCertificate(certFile: string, keyFile: string): Promise<ServerCertificate> {
  const cert = await readPem(certFile);
  const key = await readPem(keyFile);
  return { ...checkPair(cert, key, certFile), origin: 'office', file: certFile };
}

/**
 * The certificate kept in the reading room's folder, made on first start with `selfsigned` for
 * this computer's names and addresses; the private key is written readable by its owner only.
 * Kept across starts, so the fingerprint colleagues checked stays the same.
 */
export async function generatedCertificate(dir: string, names: readonly string[]): Promise<ServerCertificate> {
  const certFile = path.join(dir, CERT_FILE);
  const keyFile = path.join(dir, KEY_FILE);
  try {
    const [cert, key] = await Promise.all([fs.readFile(certFile, 'utf8'), fs.readFile(keyFile, 'utf8')]);
    return { ...checkPair(cert, key, certFile), origin: 'generated', file: certFile };
  } catch (error) {
    if (!((error as NodeJS.ErrnoException).code === 'ENOENT')) throw error;
  }
  const altNames = [...new Set(['localhost', os.hostname(), '127.0.0.1', ...names])].map((name) =>
    isIP(name) === 0 ? { type: 2 as const, value: name } : { type: 7 as const, ip: name },
  );
  const made = await generate([{ name: 'commonName', value: `Bulletin Archive reading room (${os.hostname()})` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + GENERATED_DAYS * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  await fs.mkdir(dir, { recursive: true });
  // The key first: a certificate without its key would be unusable on the next start.
  await writeFileDurably(keyFile, made.private, 0o600);
  await writeFileDurably(certFile, made.cert);
  return { ...checkPair(made.cert, made.private, certFile), origin: 'generated', file: certFile };
}

async function readPem(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    throw ArchiveError.of('bad-input', { code: 'cert-unreadable', file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

function checkPair(cert: string, key: string, file: string): Pick<ServerCertificate, 'cert' | 'key' | 'fingerprint'> {
  try {
    const x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) throw new Error('the key is not the certificate\'s');
    return { cert, key, fingerprint: x509.fingerprint256 };
  } catch (error) {
    throw ArchiveError.of('bad-input', { code: 'cert-unreadable', file, detail: error instanceof Error ? error.message : String(error) });
  }
}
