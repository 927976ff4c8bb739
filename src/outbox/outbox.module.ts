import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEntry } from './outbox-entry.entity.js';
import { OutboxReconciler } from './outbox-reconciler.service.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntry])],
  providers: [OutboxService, OutboxReconciler],
  exports: [OutboxService, OutboxReconciler],
})
export class OutboxModule {}
