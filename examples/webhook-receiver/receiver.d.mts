import type { IncomingMessage, ServerResponse } from 'node:http';

export function receiverHandler(options: {
  secret: string;
  onEvent: (event: any, id: string) => unknown;
  seen?: Set<string>;
  maxBytes?: number;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
