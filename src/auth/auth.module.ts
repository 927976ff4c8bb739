import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { SessionRevocations } from './session-revocations.service.js';
import { AuthService, TOKEN_LIFETIME_SECONDS } from './auth.service.js';
import { PrincipalResolver } from './principal-resolver.service.js';
import { PasswordController } from './password.controller.js';
import { SessionController } from './session.controller.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';

// Pinning the algorithm, issuer and audience closes the classic JWT pitfalls
// ("alg": "none", tokens minted for another service with the same secret).
const JWT_CLAIMS = { issuer: 'claimtrail', audience: 'claimtrail-api' } as const;

@Module({
  imports: [
    UsersModule,
    ApiKeysModule,
    RateLimitModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries
        // createPublicKey on it at every verify (about a fifth of the API's CPU).
        secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256', expiresIn: config.auth.tokenLifetimeSeconds, ...JWT_CLAIMS },
        verifyOptions: { algorithms: ['HS256'], ...JWT_CLAIMS },
      }),
    }),
  ],
  controllers: [AuthController, SessionController, PasswordController],
  providers: [
    AuthService,
    PrincipalResolver,
    SessionRevocations,
    {
      provide: TOKEN_LIFETIME_SECONDS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => config.auth.tokenLifetimeSeconds,
    },
    // Deny by default: every route of the app goes through this guard (rate limits included).
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PrincipalResolver],
})
export class AuthModule {}
