import { readFile } from 'node:fs/promises';

export class InputError extends Error {}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeReadError(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EISDIR':
      return `${path}: is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    default:
      return `${path}: cannot be read (${error.code ?? error.message})`;
  }
}

/** Binary data has NUL bytes or does not decode as UTF-8. */
function decodeText(path: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new InputError(`${path}: looks like a binary file (it contains NUL bytes); give a text or HTML article`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not valid UTF-8 text; convert it to UTF-8 first`);
  }
}

/** The article at `path` ("-" for standard input), as text. */
export async function readArticle(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    throw new InputError(describeReadError(path, error as NodeJS.ErrnoException));
  }
  const text = decodeText(path, bytes);
  if (text.trim().length === 0) throw new InputError(`${path}: is empty`);
  return text;
}
