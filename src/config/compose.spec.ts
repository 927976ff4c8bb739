import { readFileSync } from 'node:fs';
import { EnvironmentVariables } from './env.schema.js';

describe('docker-compose.yml and .env.example', () => {
  const compose = readFileSync('docker-compose.yml', 'utf8');
  const example = readFileSync('.env.example', 'utf8');

  it('has no fallback for the JWT secret or the admin password: compose refuses to start without them', () => {
    expect(compose).toMatch(/JWT_SECRET: \$\{JWT_SECRET:\?/);
    expect(compose).toMatch(/BOOTSTRAP_ADMIN_PASSWORD: \$\{BOOTSTRAP_ADMIN_PASSWORD:\?/);
    expect(compose).not.toMatch(/change-me|demo-only/);
  });

  it("the README's .env recipe sets every variable compose refuses to start without", () => {
    // The recipe wrote three of the four: `docker compose up` stopped at once on WEBHOOK_SECRET_KEY.
    const readme = readFileSync('README.md', 'utf8');
    const recipe = /^printf '([^']*)'/m.exec(readme)?.[1] ?? '';
    const written = new Set([...recipe.matchAll(/([A-Z][A-Z0-9_]+)=/g)].map((m) => m[1]));
    const required = [...compose.matchAll(/\$\{([A-Z][A-Z0-9_]+):\?/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect([...new Set(required)].filter((name) => !written.has(name))).toEqual([]);
  });

  it('.env.example lists every variable the service reads, and points at files that exist', () => {
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const read = Object.keys(new EnvironmentVariables());
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
    for (const [, path] of example.matchAll(/\b((?:src|test|examples)\/[\w./-]+\.json)\b/g)) {
      expect(() => readFileSync(path)).not.toThrow();
    }
  });
});
