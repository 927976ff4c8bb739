import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

// Deliberately loose: a login answers every wrong pair with the same 401, and
// the password policy is enforced when the password is set, not here.
export class LoginDto {
  @ApiProperty({ example: 'admin@example.org' })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class AccessTokenView {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>"' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Lifetime of the token in seconds', example: 43200 })
  expiresIn!: number;
}
