import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** OpenAPI generated from the controllers and DTOs: UI at /docs, JSON at /docs-json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}

/** The document itself; also written out for the review UI's generated API types. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
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
  return SwaggerModule.createDocument(app, config);
}
