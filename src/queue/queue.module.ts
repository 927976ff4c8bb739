import { Global, Module } from '@nestjs/common';
import { QueueService } from './queue.service.js';
import { WorkerHost } from './worker-host.service.js';

@Global()
@Module({
  providers: [QueueService, WorkerHost],
  exports: [QueueService, WorkerHost],
})
export class QueueModule {}
