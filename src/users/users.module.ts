import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BootstrapAdminService } from './bootstrap-admin.service.js';
import { PasswordHasher } from './password-hasher.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [UsersController],
  providers: [UsersService, PasswordHasher, BootstrapAdminService],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
