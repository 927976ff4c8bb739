import type { IncomingMessage, ServerResponse } from 'node:http';

export function receiverHandler(options: {
  secret: string;
  onEvent: (event: any, id: string) => unknown;
  /** A message refused for its signature (the 401 is sent either way). */
  onRejected?: (id: string | undefined, error: Error) => void;
  seen?: Set<string>;
  maxBytes?: number;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
