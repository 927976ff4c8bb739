// A claimtrail webhook receiver: verifies each message with the Standard
// Webhooks reference library and handles each webhook-id once.
//
//   WEBHOOK_SECRET=whsec_... PORT=4000 node examples/webhook-receiver/receiver.mjs
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { Webhook } from 'standardwebhooks';

/**
 * A request handler: 401 for a bad signature (told to `onRejected`), 204 once handled, 200 for a repeat,
 * 409 while it is being handled.
 */
export function receiverHandler({ secret, onEvent, onRejected = () => {}, seen = new Set(), maxBytes = 1 << 20 }) {
  const webhook = new Webhook(secret);
  const handling = new Set(); // a retry can arrive while a slow handler still runs the first attempt
  return async (req, res) => {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > maxBytes) return res.writeHead(413).end();
      chunks.push(chunk);
    }
    const body = Buffer.concat(chunks).toString('utf8'); // verify the exact bytes received
    let event;
    try {
      event = webhook.verify(body, req.headers);
    } catch (error) {
      onRejected(req.headers['webhook-id'], error);
      return res.writeHead(401, { 'content-type': 'text/plain' }).end(`bad signature: ${error.message}`);
    }
    const id = req.headers['webhook-id'];
    if (seen.has(id)) return res.writeHead(200).end('duplicate');
    if (handling.has(id)) return res.writeHead(409).end('being handled'); // not a success: claimtrail tries again later
    handling.add(id);
    try {
      await onEvent(event, id);
      seen.add(id);
    } catch (error) {
      return res.writeHead(500).end(String(error)); // not marked seen: the retry is handled
    } finally {
      handling.delete(id);
    }
    res.writeHead(204).end();
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const secret = process.env.WEBHOOK_SECRET ?? '';
  // A refused registration leaves "undefined" in a shell variable: every message would fail, unexplained.
  if (!secret.startsWith('whsec_')) {
    console.error("WEBHOOK_SECRET must be the endpoint's signing secret (whsec_..., shown once when the endpoint was registered)");
    process.exit(2);
  }
  const handler = receiverHandler({
    secret,
    onEvent: (event, id) => console.log(id, event.type, JSON.stringify(event.data)),
    // Said, not only answered: a wrong secret (another endpoint's, or one rotated out) fails every message.
    onRejected: (id, error) => console.error(`${id ?? '(no webhook-id)'} rejected: ${error.message}; is WEBHOOK_SECRET this endpoint's current secret?`),
  });
  const server = createServer(handler);
  server.listen(Number(process.env.PORT ?? 4000), () => console.log(`listening on http://localhost:${server.address().port}/`));
}
