import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret } from '../secret-box.js';
import { secretKey, signatureHeader } from './signing.js';

describe('Standard Webhooks signing', () => {
  const body = JSON.stringify({ type: 'claim.published', timestamp: '2026-01-01T00:00:00.000Z', data: { text: 'héllo “world”' } });

  it('produces signatures the reference library verifies, over the exact bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': signatureHeader([secretKey(secret)], 'msg_1', ts, body) };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body + ' ', headers)).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'msg_2' })).toThrow();
  });

  it('signs with every key given, so both secrets verify during a rotation', () => {
    const [old, fresh, other] = [generateWebhookSecret(), generateWebhookSecret(), generateWebhookSecret()];
    const ts = Math.floor(Date.now() / 1000);
    const signature = signatureHeader([secretKey(fresh), secretKey(old)], 'msg_9', ts, body);
    expect(signature.split(' ')).toHaveLength(2);
    const headers = { 'webhook-id': 'msg_9', 'webhook-timestamp': String(ts), 'webhook-signature': signature };
    expect(() => new Webhook(old).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(fresh).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(other).verify(body, headers)).toThrow();
  });
});
