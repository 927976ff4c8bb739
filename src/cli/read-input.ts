import { createReadStream } from 'node:fs';

export class InputError extends Error {}

/**
 * No article comes near this; a device or a pipe that never ends (/dev/zero,
 * `yes |`) would otherwise be read until memory runs out.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The whole stream, or InputError once it passes MAX_INPUT_BYTES (the rest is not read). */
async function readCapped(path: string, stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new InputError(`${path}: is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; an article is far smaller`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A file or directory that could not be read, in words ("x: no such file"), not Node's "ENOENT: ..., open 'x'". */
export function describeReadError(path: string, error: NodeJS.ErrnoException, kind: 'file' | 'directory' = 'file'): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such ${kind}`;
    case 'EISDIR':
      return `${path}: is a directory, not a file`;
    case 'ENOTDIR':
      return `${path}: is a file, not a directory`;
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

/** The article at `path` ("-" for `stdin`), as text. */
export async function readArticle(path: string, stdin: NodeJS.ReadableStream): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readCapped(path, path === '-' ? stdin : createReadStream(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeReadError(path, error as NodeJS.ErrnoException));
  }
  const text = decodeText(path, bytes);
  if (text.trim().length === 0) throw new InputError(`${path}: is empty`);
  return text;
}
