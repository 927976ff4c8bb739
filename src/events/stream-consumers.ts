import { Injectable } from '@nestjs/common';

/**
 * The stream's durable consumers: those that store a cursor and resume from
 * it after a restart (the webhook dispatcher). Each says how far it has read,
 * so that pruning never deletes an event one of them has yet to see. Live
 * readers (the inbox's server-sent events) are not among them: they follow
 * the head and reload what they show when they reconnect.
 */
@Injectable()
export class StreamConsumers {
  private readonly cursors = new Map<string, () => Promise<string | null>>();

  /** `cursor` reads the consumer's stored cursor; null while it has read nothing. */
  register(name: string, cursor: () => Promise<string | null>): void {
    this.cursors.set(name, cursor);
  }

  /** Every registered consumer's stored cursor. */
  positions(): Promise<(string | null)[]> {
    return Promise.all([...this.cursors.values()].map((read) => read()));
  }
}
