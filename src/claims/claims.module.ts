import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimSource } from './claim-source.entity.js';
import { Claim } from './claim.entity.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsService } from './claims.service.js';
import { SourceCorrection } from './source-correction.entity.js';

// One instance per flag: Nest dedupes modules by identity, and two copies would
// mount the routes twice and split the caches.
const registered = new Map<boolean, DynamicModule>();

@Module({})
export class ClaimsModule {
  /** `http: false` in worker-only processes: the service without the routes. */
  static register({ http }: { http: boolean }): DynamicModule {
    const existing = registered.get(http);
    if (existing) return existing;
    const definition: DynamicModule = {
      module: ClaimsModule,
      imports: [TypeOrmModule.forFeature([Claim, ClaimSource, SourceCorrection])],
      controllers: http ? [ClaimsController] : [],
      providers: [ClaimsService],
      exports: [ClaimsService],
    };
    registered.set(http, definition);
    return definition;
  }
}
