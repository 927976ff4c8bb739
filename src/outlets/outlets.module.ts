import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutletProposal } from './outlet-proposal.entity.js';
import { OutletProposalsController } from './outlet-proposals.controller.js';
import { OutletProposalsService } from './outlet-proposals.service.js';
import { OutletRegistryCache } from './outlet-registry.cache.js';
import { OutletSeeder } from './outlet-seeder.service.js';
import { Outlet } from './outlet.entity.js';
import { OutletsController } from './outlets.controller.js';
import { OutletsService } from './outlets.service.js';

// One instance per flag: Nest dedupes modules by identity, and two copies would
// mount the routes twice and split the caches.
const registered = new Map<boolean, DynamicModule>();

@Module({})
export class OutletsModule {
  /** `http: false` in worker-only processes: the registry without the routes. */
  static register({ http }: { http: boolean }): DynamicModule {
    const existing = registered.get(http);
    if (existing) return existing;
    const definition: DynamicModule = {
      module: OutletsModule,
      imports: [TypeOrmModule.forFeature([Outlet, OutletProposal])],
      controllers: http ? [OutletsController, OutletProposalsController] : [],
      providers: [OutletsService, OutletRegistryCache, OutletSeeder, OutletProposalsService],
      exports: [OutletsService, OutletRegistryCache],
    };
    registered.set(http, definition);
    return definition;
  }
}
