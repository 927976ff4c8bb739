/**
 * The oldest Node.js major the service runs on, as `engines` in package.json
 * says. Imported first by the entry point: on an older Node (20 is end of
 * life) some dependency crashes the process with a bare segmentation fault
 * while loading, before any of our code could say why.
 */
export const REQUIRED_NODE_MAJOR = 26;

export function runtimeProblem(version: string = process.versions.node): string | null {
  const major = Number(version.split('.')[0]);
  return major >= REQUIRED_NODE_MAJOR
    ? null
    : `claimtrail needs Node.js ${REQUIRED_NODE_MAJOR} or later (the current LTS); this is Node.js ${version}. See "Run it" in the README.`;
}

const problem = runtimeProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
