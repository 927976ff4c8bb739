import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../auth/rate-limit/rate-limit.module.js';
import { BootstrapAdminService } from './bootstrap-admin.service.js';
import { PasswordHasher } from './password-hasher.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), RateLimitModule],
  controllers: [UsersController],
  providers: [UsersService, PasswordHasher, BootstrapAdminService],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
