import { readFileSync } from 'node:fs';
import { REQUIRED_NODE_MAJOR, runtimeProblem } from './runtime-check.js';

describe('runtime check', () => {
  it('requires the major that package.json, .nvmrc and the Dockerfile name', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${REQUIRED_NODE_MAJOR}`);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(String(REQUIRED_NODE_MAJOR));
    expect(readFileSync('Dockerfile', 'utf8')).toContain(`ARG NODE_MAJOR=${REQUIRED_NODE_MAJOR}`);
  });

  it('names the required and the running version on an older Node, and lets the required one through', () => {
    expect(runtimeProblem('20.20.2')).toBe(
      `claimtrail needs Node.js ${REQUIRED_NODE_MAJOR} or later (the current LTS); this is Node.js 20.20.2. See "Run it" in the README.`,
    );
    expect(runtimeProblem(`${REQUIRED_NODE_MAJOR}.0.0`)).toBeNull();
    expect(runtimeProblem(`${REQUIRED_NODE_MAJOR + 1}.3.1`)).toBeNull();
  });
});
