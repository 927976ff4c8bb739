// Prints every route Fastify serves (method and URL, one JSON array) for the
// configuration in the environment: run as a child, like main.ts, by the
// authorisation matrix. Routes are registered on init; nothing listens.
import 'reflect-metadata';
import { createApp } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/config/index.js';

const routes: string[] = [];
const app = await createApp(loadConfig(), {
  onRoute: (route) => {
    for (const method of [route.method].flat()) routes.push(`${method} ${route.url}`);
  },
});
await app.init();
await app.close();
// Exit once written, as main.ts does: client libraries may keep timers alive after close.
process.stdout.write(JSON.stringify([...new Set(routes)].sort()) + '\n', () => process.exit(0));
