import { Global, Module } from '@nestjs/common';
import { DomainEventAnnouncer } from './domain-event-announcer.js';
import { DomainEventReader } from './domain-event-reader.js';
import { DomainEventsRepository } from './domain-events.repository.js';

/** The domain event stream: written by every module's state changes, read by webhooks and live updates. */
@Global()
@Module({
  providers: [DomainEventAnnouncer, DomainEventsRepository, DomainEventReader],
  exports: [DomainEventsRepository, DomainEventReader],
})
export class EventsModule {}
