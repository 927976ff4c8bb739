import { Module, type DynamicModule } from '@nestjs/common';
import { PublicationController } from './publication.controller.js';
import { PublicationRepository } from './publication.repository.js';
import { PublicationService } from './publication.service.js';

/** What claimtrail publishes: ClaimReview markup and article reports (API processes only). */
@Module({})
export class PublicationModule {
  static register({ http }: { http: boolean }): DynamicModule {
    return {
      module: PublicationModule,
      controllers: http ? [PublicationController] : [],
      providers: http ? [PublicationRepository, PublicationService] : [],
    };
  }
}
