import { randomBytes } from 'node:crypto';
import { SecretBox, generateWebhookSecret } from './secret-box.js';

describe('SecretBox', () => {
  it('round-trips, never stores the plaintext, and refuses another key or a tampered box', () => {
    const box = new SecretBox(randomBytes(32));
    const secret = generateWebhookSecret();
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.seal(secret)).not.toBe(sealed); // fresh IV each time
    expect(box.open(sealed)).toBe(secret);
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x' + Buffer.from(parts[3]!, 'base64').toString('latin1').slice(1), 'latin1').toString('base64');
    expect(() => box.open(parts.join('.'))).toThrow();
  });

  it('wants a 32-byte key', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
