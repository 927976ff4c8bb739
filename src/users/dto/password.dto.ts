import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsNewPassword, PASSWORD_MAX_LENGTH } from './password-policy.js';

/** PUT /v1/auth/password: the signed-in user's own password. */
export class ChangeOwnPasswordDto {
  @ApiProperty({ format: 'password', writeOnly: true, minLength: 1, maxLength: PASSWORD_MAX_LENGTH })
  @IsString({ message: 'currentPassword must be a string' })
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsNewPassword('newPassword')
  newPassword!: string;
}

/** PUT /v1/users/:id/password: an admin sets another account's password (a forgotten one). */
export class SetPasswordDto {
  @IsNewPassword('password')
  password!: string;
}
