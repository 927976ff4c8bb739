import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI generated from the controllers and DTOs: UI at /docs, JSON at /docs-json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('claimtrail')
    .setDescription(
      'Source-attribution fact-checking: submit articles, read their check-worthy claims and the outlets they cite. ' +
        'Authenticate with `Authorization: Bearer <token>`: a user access token from POST /v1/auth/login, ' +
        'or an API key (`ctk_...`) for newsroom systems. Errors are `{statusCode, error, message}`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'JWT access token or ctk_ API key' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
