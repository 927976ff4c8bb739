import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsModule } from '../claims/claims.module.js';
import { OutletsModule } from '../outlets/outlets.module.js';
import { ReviewModule } from '../review/review.module.js';
import { AnalysisProcessor } from './analysis.processor.js';
import { ArticleRevision } from './article-revision.entity.js';
import { ArticleRevisionsRepository } from './article-revisions.repository.js';
import { AnalysisService } from './analysis.service.js';
import { EnginePool } from './engine/engine-pool.js';
import { Article } from './article.entity.js';
import { ArticlesController } from './articles.controller.js';
import { ArticlesService } from './articles.service.js';
import { ExampleArticleLoader } from './example-article.loader.js';

// One instance per flag: Nest dedupes modules by identity, and two copies would
// mount the routes twice and split the caches.
const registered = new Map<boolean, DynamicModule>();

@Module({})
export class ArticlesModule {
  /** `http: false` in worker-only processes: the processor without the routes. */
  static register({ http }: { http: boolean }): DynamicModule {
    const existing = registered.get(http);
    if (existing) return existing;
    const definition: DynamicModule = {
      module: ArticlesModule,
      imports: [
        TypeOrmModule.forFeature([Article, ArticleRevision]),
        ClaimsModule.register({ http }),
        OutletsModule.register({ http }),
        // The review workflow's lifecycle: a new analysis routes its new claims and withdraws the ones gone.
        ReviewModule.register({ http }),
      ],
      controllers: http ? [ArticlesController] : [],
      providers: [
        ArticlesService,
        ArticleRevisionsRepository,
        AnalysisService,
        AnalysisProcessor,
        EnginePool,
        ExampleArticleLoader,
      ],
      exports: [ArticlesService],
    };
    registered.set(http, definition);
    return definition;
  }
}
