export { DomainEvent, DOMAIN_EVENT_NAMES, isDomainEventName, type DomainEventName, type DomainEventPayloads, type StoredDomainEvent } from './domain-events.js';
export { DomainEventsRepository, type PayloadSql } from './domain-events.repository.js';
export { DomainEventAnnouncer, DOMAIN_EVENTS_CHANNEL } from './domain-event-announcer.js';
export { DomainEventReader, InvalidCursorError, type DomainEventPage } from './domain-event-reader.js';
export { EventsModule } from './events.module.js';
export { DomainEventPruner } from './domain-event-pruner.service.js';
export { StreamConsumers } from './stream-consumers.js';
