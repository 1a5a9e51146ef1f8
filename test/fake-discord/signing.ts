/** Signing interactions as Discord does for HTTP mode: Ed25519 over timestamp + body. */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface Signer {
  /** The public key as the Developer Portal shows it: 64 hex characters (the raw 32 bytes). */
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function createSigner(): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // SPKI DER for Ed25519 is a fixed 12-byte header followed by the raw 32-byte key.
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { publicKeyHex: raw.toString('hex'), privateKey };
}

export function signature(signer: Signer, timestamp: string, body: string): string {
  return sign(null, Buffer.from(timestamp + body), signer.privateKey).toString('hex');
}

/** Headers for a body signed now (or at `timestamp`, in seconds). */
export function signedHeaders(signer: Signer, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  return { 'x-signature-ed25519': signature(signer, timestamp, body), 'x-signature-timestamp': timestamp };
}
