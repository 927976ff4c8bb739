import { Module, type DynamicModule } from '@nestjs/common';
import { OutletsModule } from '../outlets/outlets.module.js';
import { AccuracyService } from './accuracy.service.js';
import { CorrectionsController } from './corrections.controller.js';
import { CorrectionsRepository } from './corrections.repository.js';
import { CorrectionsService } from './corrections.service.js';

/** Reviewers' corrections of the engine's attribution, and the accuracy they measure. HTTP only: no worker step. */
@Module({})
export class CorrectionsModule {
  static register({ http }: { http: boolean }): DynamicModule {
    return {
      module: CorrectionsModule,
      imports: [OutletsModule.register({ http })],
      controllers: http ? [CorrectionsController] : [],
      providers: http ? [CorrectionsService, CorrectionsRepository, AccuracyService] : [],
    };
  }
}
