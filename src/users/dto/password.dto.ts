import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './create-user.dto.js';

/** A new password, under the same policy as at account creation. */
function NewPassword(name: string): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, format: 'password', writeOnly: true })(target, key);
    IsString({ message: `${name} must be a string` })(target, key);
    MinLength(PASSWORD_MIN_LENGTH, { message: `${name} must be at least ${PASSWORD_MIN_LENGTH} characters` })(target, key);
    MaxLength(PASSWORD_MAX_LENGTH, { message: `${name} must be at most ${PASSWORD_MAX_LENGTH} characters` })(target, key);
  };
}

/** PUT /v1/auth/password: the signed-in user's own password. */
export class ChangeOwnPasswordDto {
  @ApiProperty({ format: 'password', writeOnly: true, minLength: 1, maxLength: PASSWORD_MAX_LENGTH })
  @IsString({ message: 'currentPassword must be a string' })
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @NewPassword('newPassword')
  newPassword!: string;
}

/** PUT /v1/users/:id/password: an admin sets another account's password (a forgotten one). */
export class SetPasswordDto {
  @NewPassword('password')
  password!: string;
}
