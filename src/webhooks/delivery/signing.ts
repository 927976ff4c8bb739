import { createHmac } from 'node:crypto';

const PREFIX = 'whsec_';

/** The signing key of a `whsec_` secret: the base64 after the prefix, decoded. */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

/**
 * The Standard Webhooks `webhook-signature` header: `v1,<base64 HMAC-SHA256>`
 * of `id.timestamp.body` per key, space-separated (two during a rotation).
 */
export function signatureHeader(keys: Buffer[], messageId: string, timestampSeconds: number, body: string): string {
  const content = `${messageId}.${timestampSeconds}.${body}`;
  return keys.map((key) => `v1,${createHmac('sha256', key).update(content).digest('base64')}`).join(' ');
}
