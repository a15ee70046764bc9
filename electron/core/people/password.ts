import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/**
 * Passwords are kept only as scrypt hashes (memory-hard: a stolen accounts file costs an
 * attacker 32 MB and tens of milliseconds per guess). The parameters are stored with each hash,
 * so they can be raised later without locking anyone out: an old hash is still verified with
 * its own parameters.
 */
export const SCRYPT_N = 2 ** 15;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export const PasswordHashSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(2 ** 14),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: z.string().min(16),
  hash: z.string().min(32),
});
export type PasswordHash = z.infer<typeof PasswordHashSchema>;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  // 128·N·r bytes are needed; Node's default limit (32 MB) is exactly that at N = 2^15, r = 8.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P);
  return { algorithm: 'scrypt', N: SCRYPT_N, r: SCRYPT_R, p: SCRYPT_P, salt: salt.toString('base64'), hash: key.toString('base64') };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored.N, stored.r, stored.p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Spent on a login for a name that has no account, so its answer takes as long as a wrong password. */
let decoy: Promise<PasswordHash> | null = null;
export async function verifyAgainstNothing(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(12).toString('hex'));
  await verifyPassword(password, await decoy);
  return false;
}
