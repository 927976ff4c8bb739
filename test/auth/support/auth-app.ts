import { randomBytes } from 'node:crypto';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysModule } from '../../../src/api-keys/api-keys.module.js';
import { AllowApiKey, AuthModule, Budget, CurrentPrincipal, Public, RateBudget, Roles, type Principal } from '../../../src/auth/index.js';
import { AllExceptionsFilter } from '../../../src/common/all-exceptions.filter.js';
import { createValidationPipe } from '../../../src/common/validation.pipe.js';
import { ConfigModule, loadConfig } from '../../../src/config/index.js';
import { AuditModule } from '../../../src/audit/audit.module.js';
import { migrations } from '../../../src/database/migrations/index.js';
import { EventsModule } from '../../../src/events/events.module.js';
import { UsersModule } from '../../../src/users/users.module.js';
import { ADMIN } from '../../support/admin.js';
import { createTempDatabase } from '../../support/database.js';
import { deleteRedisKeys, REDIS_URL } from '../../support/redis.js';

/** Stand-ins for the other modules' routes, one per kind of policy. */
@Controller('probe')
class ProbeController {
  @Public() @Get('public') open() {
    return { ok: true };
  }
  @Get('any-user') anyUser(@CurrentPrincipal() principal: Principal) {
    return principal;
  }
  @AllowApiKey('articles:write') @RateBudget(Budget.Submit) @Post('submit-article') submitArticle() {
    return { ok: true };
  }
  @AllowApiKey('articles:write') @Post('submit') submit(@CurrentPrincipal() principal: Principal) {
    return principal;
  }
  @Roles('editor', 'admin') @Get('editorial') editorial() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

export interface AuthTestApp {
  app: NestFastifyApplication;
  request: (method: string, url: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }) => Promise<{
    status: number;
    body: any;
    headers: Record<string, unknown>;
  }>;
  login: (email: string, password: string) => Promise<string>;
  close: () => Promise<void>;
  queuePrefix: string;
}

/** Boots AuthModule, UsersModule and ApiKeysModule alone, on a fresh database and Redis prefix. */
export async function startAuthTestApp(env: Record<string, string> = {}): Promise<AuthTestApp> {
  const database = await createTempDatabase('auth');
  const queuePrefix = `test-auth-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot({
        type: 'postgres',
        url: database.url,
        autoLoadEntities: true,
        synchronize: false,
        migrations,
        migrationsRun: true,
        logging: ['error'],
      }),
      AuditModule,
      // The account services write their domain events (src/events/) with every change.
      EventsModule,
      AuthModule,
      UsersModule,
      ApiKeysModule,
      ProbeModule,
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    new FastifyAdapter({ trustProxy: config.http.trustProxy } as ConstructorParameters<typeof FastifyAdapter>[0]),
    { logger: false },
  );
  // The same error shape and validation as the real app (src/bootstrap.ts).
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalPipes(createValidationPipe());
  // A real socket and fetch(): Fastify's inject() pulls in light-my-request,
  // which require()s an ESM-only package that Jest on Node 20 cannot load.
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();

  const request: AuthTestApp['request'] = async (method, url, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(base.replace('[::1]', '127.0.0.1') + url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: Object.fromEntries(response.headers) };
  };
  const login = async (email: string, password: string) => {
    const response = await request('POST', '/v1/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken as string;
  };
  const close = async () => {
    await app.close();
    await database.drop();
    // The test Redis, even when the app was pointed elsewhere (an outage test).
    await deleteRedisKeys(REDIS_URL, `${queuePrefix}:*`);
  };
  return { app, request, login, close, queuePrefix };
}
