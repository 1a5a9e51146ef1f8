/**
 * Discord signs every HTTP interaction with Ed25519: the signature (X-Signature-Ed25519) covers the
 * timestamp (X-Signature-Timestamp) followed by the raw body, under the application's public key.
 * Requests whose timestamp is more than five minutes off are refused too, so a captured request
 * cannot be replayed later.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER header that turns a raw 32-byte Ed25519 public key into an SPKI key Node can read. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** The key from DISCORD_PUBLIC_KEY (64 hex characters, as the Developer Portal shows it). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'invalid' };

export function checkSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds: number = Date.now() / 1000,
): SignatureCheck {
  if (!signature || !timestamp) return { ok: false, reason: 'missing' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'stale' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? { ok: true } : { ok: false, reason: 'invalid' };
}
