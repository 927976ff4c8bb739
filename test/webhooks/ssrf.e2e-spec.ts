import { useStack } from '../support/stack.js';
import { TestReceiver } from './support/harness.js';

/**
 * With no allowlist (the default) nothing private is reachable: every URL
 * below is refused at registration with a 400 naming the reason. The same
 * rule runs in the socket's DNS lookup at connect time (unit-tested in
 * src/webhooks/ssrf/safe-dispatcher.spec.ts, including DNS rebinding).
 * Nothing here connects anywhere: 10.0.0.1 and 169.254.169.254 are refused
 * before any connection is tried.
 */
describe('webhooks: SSRF protection', () => {
  const stack = useStack('webhookssrf');
  let receiver: TestReceiver;

  beforeAll(async () => {
    receiver = await TestReceiver.start();
  }, 90_000);

  afterAll(async () => {
    await receiver?.close();
  }, 60_000);

  it.each([
    ['http://127.0.0.1:{port}/hook', /127\.0\.0\.1 is a loopback address/],
    ['http://[::1]:{port}/hook', /::1 is a loopback address/],
    ['http://[::ffff:127.0.0.1]:{port}/hook', /::ffff:7f00:1 is a loopback address/],
    ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local \(cloud metadata\) address/],
    ['http://10.0.0.1/hook', /10\.0\.0\.1 is a private address/],
    ['http://0.0.0.0:{port}/hook', /0\.0\.0\.0 is an unspecified address/],
    ['http://localhost:{port}/hook', /localhost resolves to a loopback address/],
    ['file:///etc/passwd', /http or https/],
  ])('refuses %s with a 400 naming the reason', async (template, reason) => {
    const url = template.replace('{port}', String(receiver.port));
    const res = await stack.request('POST', '/v1/webhooks', { body: { url, events: ['claim.published'] } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(reason) });
  });

  it('refuses a private URL on update too, and stores nothing', async () => {
    expect((await stack.request('GET', '/v1/webhooks')).body.total).toBe(0);
    // A public address literal passes registration without a DNS lookup; no event
    // is ever written in this stack, and the endpoint is disabled at once, so
    // nothing is ever sent to it.
    const created = await stack.request('POST', '/v1/webhooks', { body: { url: 'https://93.184.215.14/hook', events: ['claim.published'] } });
    expect(created.status).toBe(201);
    await stack.request('POST', `/v1/webhooks/${created.body.id}/disable`);
    const patched = await stack.request('PATCH', `/v1/webhooks/${created.body.id}`, { body: { url: 'http://[::1]/hook' } });
    expect(patched.status).toBe(400);
    expect(patched.body.message).toMatch(/loopback/);
    expect((await stack.request('GET', `/v1/webhooks/${created.body.id}`)).body.url).toBe('https://93.184.215.14/hook');
    expect((await stack.request('DELETE', `/v1/webhooks/${created.body.id}`)).status).toBe(204);
    const bad = await stack.request('POST', '/v1/webhooks', { body: { url: 'https://example.org/hook', events: ['nope'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/events must be among/);
    expect(receiver.requests).toHaveLength(0);
  });
});
