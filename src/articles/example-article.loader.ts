import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { APP_CONFIG, runsApi, type AppConfig } from '../config/index.js';
import { ArticlesService } from './articles.service.js';
import type { SubmitArticleDto } from './dto/submit-article.dto.js';

// Beside this module in src/articles and in dist/articles (nest-cli.json copies it).
const EXAMPLE_FILE = fileURLToPath(new URL('./example-article.json', import.meta.url));

/**
 * LOAD_EXAMPLE_ARTICLE=true (the docker compose demo): submit the project's
 * example article once. Its externalId makes every later start a no-op.
 */
@Injectable()
export class ExampleArticleLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExampleArticleLoader.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly articles: ArticlesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.loadExampleArticle || !runsApi(this.config)) return;
    const example = JSON.parse(await readFile(EXAMPLE_FILE, 'utf8')) as SubmitArticleDto;
    const { article, outcome } = await this.articles.submit(example, SYSTEM_ACTOR, 'system');
    if (outcome === 'created') this.logger.log(`example article submitted: GET /v1/articles/${article.id}`);
  }
}
