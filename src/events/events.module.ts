import { Global, Module } from '@nestjs/common';
import { DomainEventAnnouncer } from './domain-event-announcer.js';
import { DomainEventPruner } from './domain-event-pruner.service.js';
import { DomainEventReader } from './domain-event-reader.js';
import { DomainEventsRepository } from './domain-events.repository.js';
import { StreamConsumers } from './stream-consumers.js';

/** The domain event stream: written by every module's state changes, read by webhooks and live updates, pruned after its retention. */
@Global()
@Module({
  providers: [DomainEventAnnouncer, DomainEventsRepository, DomainEventReader, StreamConsumers, DomainEventPruner],
  exports: [DomainEventsRepository, DomainEventReader, StreamConsumers],
})
export class EventsModule {}
